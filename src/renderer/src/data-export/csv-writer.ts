import type { ExportTable } from './export-table';

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection: OWASP's list, with tab and
 * carriage return, which some spreadsheets strip before looking at the first character).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as -1.5 or 2e-3 is data, not a formula: it is never prefixed. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Excel opens a UTF-8 CSV as the system code page (mojibake for Cyrillic) unless it starts with a BOM. */
const UTF8_BOM = '\uFEFF';

/** The CSV text and how many text cells got the formula guard (the UI says so). */
export interface CsvOutput {
  readonly text: string;
  readonly guardedCells: number;
}

/** A text cell, guarded against formula injection with a leading apostrophe when it starts like a formula. */
function guard(value: string): { value: string; guarded: boolean } {
  if (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)) return { value: `'${value}`, guarded: true };
  return { value, guarded: false };
}

/** RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, and its quotes are doubled. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed) with a UTF-8 BOM so
 * that spreadsheets read Cyrillic correctly. Numbers are written as they are; text cells that start with
 * = + - @ (a formula to a spreadsheet) are prefixed with an apostrophe, so opening the file runs nothing.
 */
export function writeCsv(table: ExportTable): CsvOutput {
  let guardedCells = 0;
  const line = (cells: readonly (string | number | null)[], isHeader: boolean): string =>
    cells
      .map((cell, position) => {
        if (cell === null) return '';
        if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
        if (!isHeader && table.numeric[position] === true) return quoteCsvField(cell);
        const guarded = guard(cell);
        if (guarded.guarded) guardedCells++;
        return quoteCsvField(guarded.value);
      })
      .join(',');
  const lines = [line(table.header, true), ...table.rows.map((row) => line(row, false))];
  return { text: UTF8_BOM + lines.join('\r\n') + '\r\n', guardedCells };
}
