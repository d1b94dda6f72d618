import { StudioError } from '../../shared/errors';
import { readCsv, type CsvRecord } from './csv-parser';
import { sniffDelimiter } from './sniff-delimiter';
import type { Table } from './table';

/** How a delimited file is read besides its text. */
export interface DelimitedOptions {
  readonly fileName: string;
  readonly format: 'csv' | 'tsv';
  /** Pad short rows and truncate long ones (counting them) instead of failing on the first. */
  readonly lenient: boolean;
}

/** Excel writes `sep=;` as the first line of a CSV to name its delimiter; it is a directive, not data. */
const SEP_DIRECTIVE = /^sep=(.)[ \t]*(?:\r\n|\n|\r)/i;

/** Header cells become column names: trimmed, blanks named by position, duplicates numbered. */
export function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, index) => {
    const base = cell.trim() === '' ? `column ${index + 1}` : cell.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export function raggedError(fileName: string, record: CsvRecord, width: number): StudioError {
  const found = record.fields.length;
  return new StudioError(
    'malformed-table',
    `${fileName}, line ${record.line}: expected ${width} fields (as in the header), found ${found}. ` +
      'Open it leniently to pad or cut such rows.',
    { file: fileName, line: record.line, expected: width, found },
  );
}

/** Rows at the header's width: ragged ones fail, or (lenient) are padded with '' or truncated and counted. */
function fitRows(
  records: readonly CsvRecord[],
  width: number,
  options: DelimitedOptions,
): { rows: string[][]; fixed: number } {
  let fixed = 0;
  const rows = records.map((record) => {
    if (record.fields.length === width) return record.fields;
    if (!options.lenient) throw raggedError(options.fileName, record, width);
    fixed++;
    const row = record.fields.slice(0, width);
    while (row.length < width) row.push('');
    return row;
  });
  return { rows, fixed };
}

/** The delimiter (from a `sep=` line, the format, or sniffed) and the text and line the records start on. */
export function locateRecords(
  text: string,
  format: 'csv' | 'tsv',
): { delimiter: string; body: string; firstLine: number } {
  const directive = SEP_DIRECTIVE.exec(text);
  if (directive?.[1] !== undefined) {
    return { delimiter: directive[1], body: text.slice(directive[0].length), firstLine: 2 };
  }
  return { delimiter: format === 'tsv' ? '\t' : sniffDelimiter(text), body: text, firstLine: 1 };
}

/**
 * Reads a CSV/TSV with a header row. Blank lines and rows whose cells are all empty (`;;;` from spreadsheets)
 * are skipped and counted; ragged rows fail naming the line unless `lenient`.
 */
export function parseDelimited(text: string, options: DelimitedOptions): Table {
  const { fileName, format } = options;
  const { delimiter, body, firstLine } = locateRecords(text, format);
  const read = readCsv(body, { delimiter, fileName, firstLine });
  const [header, ...all] = read.records;
  const records = all.filter((record) => record.fields.some((field) => field.trim() !== ''));
  if (header === undefined || records.length === 0) {
    throw new StudioError('empty-file', `${fileName} has a header row but no data rows.`, { file: fileName });
  }
  const { rows, fixed } = fitRows(records, header.fields.length, options);
  return {
    name: fileName,
    format,
    columns: columnNames(header.fields),
    rows,
    stats: { emptyRows: read.blankLines + all.length - records.length, fixedRaggedRows: fixed },
  };
}
