import { StudioError } from '../../shared/errors';
import { columnIndex } from './column-index';
import type { Table } from './table';

/** `0,5`: a decimal comma, as Russian and German spreadsheets write numbers. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+(?:[eE][+-]?\d+)?$/;

function parseCell(cell: string): number {
  const text = cell.trim();
  if (text === '') return Number.NaN;
  return Number(DECIMAL_COMMA.test(text) ? text.replace(',', '.') : text);
}

/**
 * The named columns of the given rows as a row-major float32 matrix (`rows.length × columns.length`).
 * An empty cell, text, NaN or infinity fails with `invalid-number` naming the data row (1-based, header not
 * counted) and the column, since a silently zeroed vector would draw a point where the data has none.
 */
export function readNumericColumns(
  table: Table,
  rows: readonly number[],
  columns: readonly string[],
): Float32Array<ArrayBuffer> {
  const indexes = columns.map((column) => columnIndex(table, column));
  const values = new Float32Array(rows.length * indexes.length);
  rows.forEach((rowIndex, out) => {
    const row = table.rows[rowIndex] ?? [];
    indexes.forEach((index, col) => {
      const cell = row[index] ?? '';
      const value = parseCell(cell);
      if (!Number.isFinite(value)) {
        const column = columns[col] ?? '';
        const found = cell.trim() === '' ? 'it is empty' : `"${cell}" is not a finite number`;
        throw new StudioError(
          'invalid-number',
          `${table.name}, data row ${rowIndex + 1}, column "${column}": ${found}; every cell of a vector or coordinate column must be a number.`,
          { file: table.name, row: rowIndex + 1, column },
        );
      }
      values[out * indexes.length + col] = value;
    });
  });
  return values;
}
