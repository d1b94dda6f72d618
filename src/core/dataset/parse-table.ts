import type { TableFormat } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { parseCsv, type CsvRecord } from './csv-parser';
import { decodeText } from './decode-text';
import { sniffDelimiter } from './sniff-delimiter';
import type { Table } from './table';

/** Extensions we read, and the format each one means. */
const FORMATS: Readonly<Record<string, TableFormat>> = { '.txt': 'txt', '.csv': 'csv', '.tsv': 'tsv' };

/** The supported extensions, for messages and file pickers. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** The column a plain-text file's lines go into. */
export const TEXT_FILE_COLUMN = 'text';

function formatOf(fileName: string): TableFormat {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  const format = Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
  if (format !== undefined) return format;
  const supported = SUPPORTED_EXTENSIONS.join(', ');
  const what = extension === '' ? 'has no extension' : `has the extension "${extension}"`;
  throw new StudioError(
    'unsupported-format',
    `${fileName} ${what}; supported formats are ${supported} (one text per line, or a table with a header row).`,
    { file: fileName, extension, supported },
  );
}

/** Header cells become column names: trimmed, blanks named by position, duplicates numbered. */
function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, index) => {
    const base = cell.trim() === '' ? `column ${index + 1}` : cell.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function checkWidths(fileName: string, records: readonly CsvRecord[], width: number): void {
  for (const record of records) {
    if (record.fields.length === width) continue;
    const found = record.fields.length;
    throw new StudioError(
      'malformed-table',
      `${fileName}, line ${record.line}: expected ${width} fields (as in the header), found ${found}.`,
      { file: fileName, line: record.line, expected: width, found },
    );
  }
}

function parseDelimited(fileName: string, text: string, format: 'csv' | 'tsv'): Table {
  const delimiter = format === 'tsv' ? '\t' : sniffDelimiter(text);
  const [header, ...records] = parseCsv(text, { delimiter, fileName });
  if (header === undefined || records.length === 0) {
    throw new StudioError('empty-file', `${fileName} has a header row but no data rows.`, { file: fileName });
  }
  checkWidths(fileName, records, header.fields.length);
  return {
    name: fileName,
    format,
    columns: columnNames(header.fields),
    rows: records.map((record) => record.fields),
  };
}

function parseLines(fileName: string, text: string): Table {
  const rows = text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => [line]);
  return { name: fileName, format: 'txt', columns: [TEXT_FILE_COLUMN], rows };
}

/**
 * Reads a user's file into a table. The extension picks the format: `.txt` is one item per line (blank lines
 * skipped) in a column named `text`; `.csv` (delimiter sniffed among `,` `;` tab) and `.tsv` need a header
 * row. Throws a StudioError naming the file (and the line, for malformed tables).
 */
export function parseTable(fileName: string, bytes: Uint8Array): Table {
  const format = formatOf(fileName);
  const { text } = decodeText(fileName, bytes);
  if (text.trim() === '') {
    throw new StudioError('empty-file', `${fileName} is empty: there is nothing to map.`, { file: fileName });
  }
  return format === 'txt' ? parseLines(fileName, text) : parseDelimited(fileName, text, format);
}
