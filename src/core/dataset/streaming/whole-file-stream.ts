import type { EncodingChoice } from '../../../shared/contract';
import { LIMITS } from '../../../shared/contract/schemas';
import { StudioError } from '../../../shared/errors';
import { parseTable } from '../parse-table';
import { sampleRows } from '../sample-rows';
import type { Table } from '../table';
import type { StreamOptions } from './stream-options';

/** A finished import: the table kept, and how many data rows the file had before sampling. */
export interface StreamedTable {
  readonly table: Table;
  readonly rowsRead: number;
}

/**
 * JSON arrays and .npy files, which have no streaming reader here: their bytes are gathered (up to the same
 * limit as a whole-file open) and parsed by `parseTable` at the end; a JSON file's sample is then drawn by
 * `sampleRows`. A .npy sample is refused up front, since its vectors would have to be cut alongside.
 */
export class WholeFileStream {
  private readonly parts: Uint8Array[] = [];
  private size = 0;

  constructor(
    private readonly format: 'json' | 'npy',
    private readonly options: StreamOptions,
    private readonly encoding: EncodingChoice,
  ) {
    if (format === 'npy' && options.sample !== null) {
      throw new StudioError(
        'invalid-arguments',
        `${options.fileName} is a .npy array, which is opened whole; open it without a sample and map a sample of it instead.`,
        { file: options.fileName },
      );
    }
  }

  /** Rows are only known at the end. */
  get rowsRead(): number {
    return 0;
  }

  /** Keeps the next chunk; refuses a file beyond the whole-file limit, naming it. */
  push(bytes: Uint8Array): void {
    this.size += bytes.byteLength;
    if (this.size > LIMITS.maxFileBytes) {
      const file = this.options.fileName;
      throw new StudioError(
        'invalid-arguments',
        `${file} is larger than ${LIMITS.maxFileBytes} bytes, the most a ${this.format === 'json' ? 'JSON array' : '.npy'} file can hold here; save it as JSONL or CSV, which are read as they stream.`,
        { file, maxBytes: LIMITS.maxFileBytes },
      );
    }
    this.parts.push(bytes.slice());
  }

  /** Parses the gathered bytes, then draws the sample (if any). */
  finish(): StreamedTable {
    const bytes = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    this.parts.length = 0;
    const { fileName, lenient, sample } = this.options;
    const table = parseTable(fileName, bytes, { encoding: this.encoding, lenient });
    if (sample === null) return { table, rowsRead: table.rows.length };
    const column = sample.stratifyBy === null ? -1 : table.columns.indexOf(sample.stratifyBy);
    if (sample.stratifyBy !== null && column < 0) {
      throw new StudioError(
        'unknown-column',
        `Cannot stratify the sample by "${sample.stratifyBy}": ${fileName} has no such column; its columns are: ${table.columns.join(', ')}.`,
        { file: fileName, column: sample.stratifyBy },
      );
    }
    const all = table.rows.map((_, index) => index);
    const strata = column < 0 ? null : table.rows.map((row) => row[column] ?? '');
    const kept = sampleRows(all, sample, strata).map((index) => table.rows[index] ?? []);
    return { table: { ...table, rows: kept }, rowsRead: table.rows.length };
  }
}
