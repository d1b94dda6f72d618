import { StudioError } from '../../../shared/errors';
import type { Table } from '../table';
import { TEXT_FILE_COLUMN } from '../text-column';
import { LineSplitter } from './line-splitter';
import { AS_IS, createRowSink, type RowSink } from './row-sink';
import type { StreamOptions } from './stream-options';
import { stratumColumn } from './stratum-column';
import type { TableStream } from './table-stream';

/** A cell as text, as the whole-file JSON reader writes it: null empty, nested values as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSONL file read as it streams in, with `parseJsonTable`'s rules: one JSON value per line, all strings (a
 * `text` column) or all objects (the union of their keys in first-seen order, a missing key an empty cell),
 * blank lines and all-empty items skipped and counted; errors name the line and the item. Rows are kept as
 * cells by column position; columns only ever grow at the end, so shorter early rows are padded at the end.
 */
export class JsonLinesStream implements TableStream {
  private readonly lines: LineSplitter;
  private readonly sink: RowSink<string[]>;
  private readonly columnIndex = new Map<string, number>();
  private mode: 'strings' | 'objects' | null = null;
  private items = 0;
  private emptyRows = 0;

  constructor(private readonly options: StreamOptions) {
    this.lines = new LineSplitter(options.fileName);
    // JSON.parse makes fresh strings that hold on to nothing, so kept rows need no copying.
    this.sink = createRowSink<string[], string[]>(options.sample, AS_IS);
  }

  get rowsRead(): number {
    return this.sink.rowsRead;
  }

  feed(text: string, final: boolean): void {
    for (const { text: source, line } of this.lines.feed(text, final)) {
      if (source.trim() === '') {
        this.emptyRows++;
        continue;
      }
      this.acceptItem(this.parse(source, line), line);
    }
  }

  table(): Table {
    const { fileName } = this.options;
    if (this.items === 0)
      throw new StudioError('empty-file', `${fileName} has no items.`, { file: fileName });
    if (this.sink.rowsRead === 0) {
      throw new StudioError('empty-file', `${fileName} has no non-empty items.`, { file: fileName });
    }
    const columns = this.mode === 'strings' ? [TEXT_FILE_COLUMN] : [...this.columnIndex.keys()];
    stratumColumn(this.options, columns);
    const rows = this.sink.finish().map((row) => {
      while (row.length < columns.length) row.push('');
      return row;
    });
    return {
      name: fileName,
      format: 'jsonl',
      columns,
      rows,
      stats: { emptyRows: this.emptyRows, fixedRaggedRows: 0 },
    };
  }

  private parse(source: string, line: number): unknown {
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const file = this.options.fileName;
      throw new StudioError('malformed-table', `${file}, line ${line}: not valid JSON (${reason}).`, {
        file,
        line,
      });
    }
  }

  private acceptItem(value: unknown, line: number): void {
    const item = this.items++;
    this.mode ??= typeof value === 'string' ? 'strings' : 'objects';
    if (this.mode === 'strings') {
      if (typeof value !== 'string') throw this.itemError(value, line, item, 'a string like the first item');
      this.keep([value], () => value);
      return;
    }
    if (!isRecord(value)) throw this.itemError(value, line, item, 'an object like the first item');
    const row: string[] = [];
    for (const key of Object.keys(value)) {
      let index = this.columnIndex.get(key);
      if (index === undefined) {
        index = this.columnIndex.size;
        this.columnIndex.set(key, index);
      }
      while (row.length < index) row.push('');
      row[index] = cellText(value[key]);
    }
    const column = this.options.sample?.stratifyBy ?? '';
    this.keep(row, () => cellText(Object.hasOwn(value, column) ? value[column] : undefined));
  }

  private keep(row: string[], stratum: () => string): void {
    if (row.some((cell) => cell.trim() !== '')) this.sink.add(row, stratum);
    else this.emptyRows++;
  }

  private itemError(value: unknown, line: number, item: number, expected: string): StudioError {
    const file = this.options.fileName;
    return new StudioError(
      'malformed-table',
      `${file}, line ${line} (item ${item + 1}): expected ${expected}, found ${describe(value)}.`,
      { file, line, item: item + 1 },
    );
  }
}
