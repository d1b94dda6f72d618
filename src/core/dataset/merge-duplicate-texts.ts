import { toEmbeddingMatrix } from '../math/matrix-types';
import type { Table } from './table';

/** The name of the column that says how many rows each merged row stands for. */
const COPIES_COLUMN = 'copies';

/** `copies`, or `copies (2)`, `copies (3)`… when the table already has a column by that name. */
function freeColumnName(columns: readonly string[]): string {
  const taken = new Set(columns);
  if (!taken.has(COPIES_COLUMN)) return COPIES_COLUMN;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${COPIES_COLUMN} (${suffix})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A new table in which every group of rows sharing the same trimmed, non-empty text in `textColumn` becomes
 * its first row: the kept row keeps its own values in every other column (later copies' labels or numbers are
 * dropped, the first occurrence speaks for the group) and, when the table carries vectors, its own vector.
 * Duplicates would otherwise sit on one spot of a map and skew its density. A new last column (`copies`, or
 * `copies (2)`… if taken) counts the rows each kept row stands for, 1 for a unique row, so nothing is lost
 * silently and the map can be sized or coloured by it. Rows with an empty text are never merged: they are
 * not texts, so two of them are not "the same". Name, format, encoding and reading stats are kept.
 */
export function mergeDuplicateTexts(table: Table, textColumn: number): Table {
  const keptRows: number[] = [];
  const copies: number[] = [];
  const groupOfText = new Map<string, number>();
  table.rows.forEach((row, rowIndex) => {
    const text = (row[textColumn] ?? '').trim();
    const group = text === '' ? undefined : groupOfText.get(text);
    if (group !== undefined) {
      copies[group] = (copies[group] ?? 1) + 1;
      return;
    }
    if (text !== '') groupOfText.set(text, keptRows.length);
    keptRows.push(rowIndex);
    copies.push(1);
  });

  const rows = keptRows.map((rowIndex, group) => [
    ...(table.rows[rowIndex] ?? []),
    String(copies[group] ?? 1),
  ]);
  return {
    name: table.name,
    format: table.format,
    columns: [...table.columns, freeColumnName(table.columns)],
    rows,
    ...(table.encoding === undefined ? {} : { encoding: table.encoding }),
    ...(table.stats === undefined ? {} : { stats: table.stats }),
    ...(table.vectors === undefined ? {} : { vectors: keptVectors(table.vectors, keptRows) }),
  };
}

/** The vectors of the kept rows, in their order. */
function keptVectors(
  vectors: NonNullable<Table['vectors']>,
  keptRows: readonly number[],
): NonNullable<Table['vectors']> {
  const { cols } = vectors;
  const data = new Float32Array(keptRows.length * cols);
  keptRows.forEach((rowIndex, position) => {
    data.set(vectors.data.subarray(rowIndex * cols, (rowIndex + 1) * cols), position * cols);
  });
  return toEmbeddingMatrix(data, keptRows.length, cols);
}
