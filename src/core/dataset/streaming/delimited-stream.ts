import { columnNames, locateRecords, raggedError } from '../delimited-table';
import type { Table } from '../table';
import { StudioError } from '../../../shared/errors';
import { CsvChunkReader } from './csv-chunk-reader';
import { CellArena } from './cell-arena';
import { createRowSink, type RowSink } from './row-sink';
import type { ScannedRecord } from './scanned-record';
import type { StreamOptions } from './stream-options';
import { stratumColumn } from './stratum-column';
import { StratumNames } from './stratum-names';
import type { TableStream } from './table-stream';

/**
 * 1 Mi characters: the head a `sep=` line and the delimiter are read from. Sniffing looks at 20 records, so
 * the head must hold them whole; 1 Mi characters does for records up to ~50,000 characters.
 */
const HEAD_CHARS = 1024 * 1024;

/**
 * A CSV/TSV read as it streams in, with `parseDelimited`'s rules: a `sep=` line or the sniffed delimiter
 * (from the head of the file), a header row, blank and all-empty rows skipped and counted, ragged rows
 * failing with their line unless lenient (then padded or cut and counted). Rows go to a sink: all kept, or
 * a bounded sample. A record is scanned without building its cells; the sink draws its key first (reading
 * only the stratum, itself found without a new string), and only a row it admits is built.
 */
export class DelimitedStream implements TableStream {
  private head = '';
  private reader: CsvChunkReader | null = null;
  private columns: string[] | null = null;
  private stratumIndex = -1;
  private sink: RowSink<string[]>;
  private emptyRecords = 0;
  private fixedRaggedRows = 0;
  private readonly strata = new StratumNames();
  /** The record being accepted, for `currentStratum`. */
  private current: ScannedRecord | null = null;
  /** Data rows whose cells were built (every row unsampled; only admitted ones in a sample). */
  rowsBuilt = 0;

  constructor(
    private readonly format: 'csv' | 'tsv',
    private readonly options: StreamOptions,
  ) {
    this.sink = createRowSink(options.sample, new CellArena());
  }

  get rowsRead(): number {
    return this.sink.rowsRead;
  }

  feed(text: string, final: boolean): void {
    if (this.reader === null) {
      this.head += text;
      if (this.head.length < HEAD_CHARS && !final) return;
      const { delimiter, body, firstLine } = locateRecords(this.head, this.format);
      this.head = '';
      this.reader = new CsvChunkReader(delimiter, this.options.fileName, firstLine);
      this.reader.feed(body, final, this.accept);
      return;
    }
    this.reader.feed(text, final, this.accept);
  }

  table(): Table {
    const { fileName } = this.options;
    if (this.columns === null || this.sink.rowsRead === 0) {
      throw new StudioError('empty-file', `${fileName} has a header row but no data rows.`, {
        file: fileName,
      });
    }
    return {
      name: fileName,
      format: this.format,
      columns: this.columns,
      rows: this.sink.finish(),
      stats: {
        emptyRows: (this.reader?.blankLines ?? 0) + this.emptyRecords,
        fixedRaggedRows: this.fixedRaggedRows,
      },
    };
  }

  private readonly accept = (record: ScannedRecord): void => {
    if (this.columns === null) {
      this.columns = columnNames(record.fields());
      this.stratumIndex = stratumColumn(this.options, this.columns);
      return;
    }
    this.acceptRow(record, this.columns.length);
  };

  /** The stratum of the record being accepted (one bound function, so asking for it allocates nothing). */
  private readonly currentStratum = (): string =>
    this.current === null ? '' : this.strata.nameOf(this.current, this.stratumIndex);

  private acceptRow(record: ScannedRecord, width: number): void {
    if (!record.hasContent) {
      this.emptyRecords++;
      return;
    }
    if (record.fieldCount !== width) {
      const { fileName, lenient } = this.options;
      if (!lenient) throw raggedError(fileName, { fields: record.fields(), line: record.line }, width);
      this.fixedRaggedRows++;
    }
    this.current = record;
    const admitted = this.sink.admit(this.currentStratum);
    this.current = null;
    if (!admitted) return;
    this.rowsBuilt++;
    this.sink.keep(record.row(width));
  }
}
