/**
 * The data set's other columns, read for colouring and sizing: a column is numeric when every non-empty value
 * parses as a finite number (and at least one does); otherwise it is categorical.
 */

/** A column of the map's items, as MapResult carries it. */
export interface ItemColumn {
  readonly name: string;
  readonly values: readonly string[];
}

/** A numeric column: its values (NaN where empty) and range. */
export interface NumericColumn {
  readonly name: string;
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
}

/** A number as people write it in CSV files: `1.5`, `-2`, `1e3`, or with a decimal comma (`1,5`). */
function parseNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return NaN;
  const value = Number(/^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
  return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
}

/** The column as numbers, or null when it is not numeric (some non-empty value is not a number, or none is). */
export function numericColumn(column: ItemColumn): NumericColumn | null {
  const values = new Float64Array(column.values.length);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < column.values.length; i++) {
    const value = parseNumber(column.values[i] ?? '');
    if (value === Number.POSITIVE_INFINITY) return null;
    values[i] = value;
    if (Number.isNaN(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { name: column.name, values, min, max } : null;
}

/** Per-point size bytes (0 smallest … 255 largest) for a numeric column; missing values get the middle. */
export function sizeBytes(column: NumericColumn): Uint8Array {
  const span = column.max > column.min ? column.max - column.min : 1;
  const bytes = new Uint8Array(column.values.length);
  for (let i = 0; i < bytes.length; i++) {
    const v = column.values[i] ?? NaN;
    bytes[i] = Number.isNaN(v) ? 128 : Math.round(((v - column.min) / span) * 255);
  }
  return bytes;
}
