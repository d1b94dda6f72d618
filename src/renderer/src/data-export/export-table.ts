import type { MapResult } from '../../../shared/contract';
import type { ItemColumn } from '../plot/column-values';

/** A cell: text (quoted and guarded in CSV, a string in JSON) or a number (a coordinate). */
export type ExportCell = string | number | null;

/** The mapped items as a table: one row per item, in the order asked for. */
export interface ExportTable {
  readonly header: readonly string[];
  /** Which columns hold numbers (the coordinates): written unquoted in CSV and as numbers in JSON. */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly ExportCell[])[];
}

const AXES = ['x', 'y', 'z'] as const;

/** The float32 coordinate as the shortest decimal that reads back as the same float32 (at most 9 digits). */
export function float32Text(value: number): number {
  for (let digits = 1; digits < 9; digits++) {
    const shorter = Number(value.toPrecision(digits));
    if (Math.fround(shorter) === value) return shorter;
  }
  return Number(value.toPrecision(9));
}

/** `name`, or `name` with a prefix when a data column already has that name (a data set with its own `x`). */
function freeName(name: string, taken: ReadonlySet<string>): string {
  let candidate = name;
  while (taken.has(candidate)) candidate = `map_${candidate}`;
  return candidate;
}

/**
 * The items `indices` (all items when null) of `result` as a table: text, label, every other column (the data
 * set's and the tools', e.g. cluster ids), then the map's coordinates x, y (and z). Indices outside the map
 * are skipped, never exported as empty rows.
 */
export function exportTable(
  result: MapResult,
  columns: readonly ItemColumn[],
  indices: readonly number[] | null,
): ExportTable {
  const usable = columns.filter((column) => column.values.length === result.count);
  const taken = new Set(['text', 'label', ...usable.map((column) => column.name)]);
  const axes = AXES.slice(0, result.dims).map((axis) => freeName(axis, taken));
  const header = ['text', 'label', ...usable.map((column) => column.name), ...axes];
  const numeric = header.map((_, position) => position >= header.length - axes.length);
  const picked = (indices ?? Array.from({ length: result.count }, (_, i) => i)).filter(
    (index) => Number.isInteger(index) && index >= 0 && index < result.count,
  );
  const rows = picked.map((index) => [
    result.texts[index] ?? '',
    result.labels[index] ?? null,
    ...usable.map((column) => column.values[index] ?? ''),
    ...axes.map((_, axis) => float32Text(result.coords[index * result.dims + axis] ?? Number.NaN)),
  ]);
  return { header, numeric, rows };
}
