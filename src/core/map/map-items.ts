import type { MapRequest } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { Cooperation } from '../jobs/cooperation';
import type { Table } from '../dataset/table';

/** The embedder needs at least this many texts: PCA of fewer than three points draws nothing useful. */
export const MIN_ITEMS = 3;

/** The items a map is drawn from: the non-empty texts, their labels and other columns, in table order. */
export interface MapItems {
  readonly texts: string[];
  readonly labels: (string | null)[];
  /** The table's other columns, one value per item. */
  readonly columns: { readonly name: string; readonly values: string[] }[];
}

/** The indexes of the text and label columns; `unknown-column` names a missing one and lists the others. */
export function resolveColumns(table: Table, request: MapRequest): { text: number; label: number | null } {
  const find = (column: string): number => {
    const index = table.columns.indexOf(column);
    if (index >= 0) return index;
    const available = table.columns.map((name) => `"${name}"`).join(', ');
    throw new StudioError(
      'unknown-column',
      `${table.name} has no column "${column}"; its columns are ${available}.`,
      { file: table.name, column, available: table.columns.join(', ') },
    );
  };
  return {
    text: find(request.textColumn),
    label: request.labelColumn === null ? null : find(request.labelColumn),
  };
}

/** Checks that the text column has at least {@link MIN_ITEMS} non-empty cells; throws `too-few-items`. */
export function checkEnoughItems(table: Table, textColumn: number): void {
  let count = 0;
  for (const row of table.rows) {
    if ((row[textColumn] ?? '').trim() !== '') count++;
    if (count >= MIN_ITEMS) return;
  }
  const column = table.columns[textColumn] ?? '';
  throw new StudioError(
    'too-few-items',
    `${table.name} has ${count} non-empty text(s) in column "${column}"; a map needs at least ${MIN_ITEMS}.`,
    { file: table.name, column, count, minimum: MIN_ITEMS },
  );
}

/** 8192 rows per slice: copying strings is fast, so this only bounds the pause on huge tables. */
const ROWS_PER_SLICE = 8192;

/** Collects the trimmed non-empty texts and their labels (null for an empty label cell), skipping empty rows. */
export async function collectItems(
  table: Table,
  columns: { text: number; label: number | null },
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<MapItems> {
  const texts: string[] = [];
  const labels: (string | null)[] = [];
  const others = table.columns.flatMap((name, index) =>
    index === columns.text || index === columns.label ? [] : [{ name, index, values: [] as string[] }],
  );
  const work = (from: number, to: number): void => {
    for (let index = from; index < to; index++) {
      const row = table.rows[index] ?? [];
      const text = (row[columns.text] ?? '').trim();
      if (text === '') continue;
      const label = columns.label === null ? '' : (row[columns.label] ?? '').trim();
      texts.push(text);
      labels.push(label === '' ? null : label);
      for (const other of others) other.values.push(row[other.index] ?? '');
    }
  };
  await cooperation.forEachChunk(table.rows.length, ROWS_PER_SLICE, work, onProgress);
  return { texts, labels, columns: others.map(({ name, values }) => ({ name, values })) };
}
