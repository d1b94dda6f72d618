import type { EncodingChoice, TableFormat } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { decodeText } from './decode-text';
import { parseDelimited } from './delimited-table';
import { parseJsonTable } from './json-table';
import { readNpy } from './npy-file';
import type { Table } from './table';
import { TEXT_FILE_COLUMN } from './text-column';

export { TEXT_FILE_COLUMN } from './text-column';

/** Extensions we read, and the format each one means. */
const FORMATS: Readonly<Record<string, TableFormat>> = {
  '.txt': 'txt',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.npy': 'npy',
};

/** The supported extensions, for messages and file pickers. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** How to read a file besides its name and bytes; every field has a default. */
export interface ParseOptions {
  /** The text encoding, or 'auto' (BOM, else UTF-8, else Windows-1251). */
  readonly encoding?: EncodingChoice;
  /** Pad or truncate ragged CSV/TSV rows (counted) instead of failing. */
  readonly lenient?: boolean;
}

/** The column numbering a `.npy` file's rows (its vectors have no text of their own). */
export const NPY_ROW_COLUMN = 'row';

export function formatOf(fileName: string): TableFormat {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  const format = Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
  if (format !== undefined) return format;
  const supported = SUPPORTED_EXTENSIONS.join(', ');
  const what = extension === '' ? 'has no extension' : `has the extension "${extension}"`;
  throw new StudioError(
    'unsupported-format',
    `${fileName} ${what}; supported formats are ${supported} (one text per line, a table with a header row, JSON items, or a .npy array).`,
    { file: fileName, extension, supported },
  );
}

function parseLines(fileName: string, text: string): Table {
  const lines = text.split(/\r\n|\n|\r/).map((line) => line.trim());
  const rows = lines.filter((line) => line !== '').map((line) => [line]);
  // A final line break is layout, not an empty row.
  const emptyRows = lines.length - rows.length - (lines.at(-1) === '' ? 1 : 0);
  return {
    name: fileName,
    format: 'txt',
    columns: [TEXT_FILE_COLUMN],
    rows,
    stats: { emptyRows, fixedRaggedRows: 0 },
  };
}

/** A `.npy` array as a table: one numbered row per vector, the vectors kept aside as float32. */
function parseNpy(fileName: string, bytes: Uint8Array): Table {
  const vectors = readNpy(fileName, bytes);
  const rows = Array.from({ length: vectors.rows }, (_, index) => [String(index + 1)]);
  return { name: fileName, format: 'npy', columns: [NPY_ROW_COLUMN], rows, vectors };
}

function parseText(
  fileName: string,
  text: string,
  format: Exclude<TableFormat, 'npy'>,
  lenient: boolean,
): Table {
  switch (format) {
    case 'txt':
      return parseLines(fileName, text);
    case 'csv':
    case 'tsv':
      return parseDelimited(text, { fileName, format, lenient });
    case 'json':
    case 'jsonl':
      return parseJsonTable(fileName, text, format);
  }
}

/**
 * Reads a user's file into a table. The extension picks the format: `.txt` is one item per line (blank lines
 * skipped and counted) in a column named `text`; `.csv` (delimiter from Excel's `sep=` line or sniffed among
 * `,` `;` tab) and `.tsv` need a header row; `.json`/`.jsonl` hold objects or strings; `.npy` holds vectors.
 * Throws a StudioError naming the file (and the line, for malformed tables).
 */
export function parseTable(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Table {
  const format = formatOf(fileName);
  if (format === 'npy') return parseNpy(fileName, bytes);
  const { text, encoding } = decodeText(fileName, bytes, options.encoding ?? 'auto');
  if (text.trim() === '') {
    throw new StudioError('empty-file', `${fileName} is empty: there is nothing to map.`, { file: fileName });
  }
  return { ...parseText(fileName, text, format, options.lenient ?? false), encoding };
}
