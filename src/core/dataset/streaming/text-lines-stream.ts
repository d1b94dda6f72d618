import { StudioError } from '../../../shared/errors';
import type { Table } from '../table';
import { TEXT_FILE_COLUMN } from '../text-column';
import { CellArena } from './cell-arena';
import { LineSplitter } from './line-splitter';
import { createRowSink, type RowSink } from './row-sink';
import type { StreamOptions } from './stream-options';
import { stratumColumn } from './stratum-column';
import type { TableStream } from './table-stream';

/**
 * A `.txt` file read as it streams in, like the whole-file reader: one trimmed item per line in the column
 * `text`, blank lines skipped and counted (a final line break is layout, not a blank line).
 */
export class TextLinesStream implements TableStream {
  private readonly lines: LineSplitter;
  private readonly sink: RowSink<string[]>;
  private blankLines = 0;

  constructor(private readonly options: StreamOptions) {
    this.lines = new LineSplitter(options.fileName);
    this.sink = createRowSink(options.sample, new CellArena());
    stratumColumn(options, [TEXT_FILE_COLUMN]);
  }

  get rowsRead(): number {
    return this.sink.rowsRead;
  }

  feed(text: string, final: boolean): void {
    const lines = this.lines.feed(text, final);
    lines.forEach(({ text: line }, index) => {
      const item = line.trim();
      if (item !== '') {
        this.sink.add([item], () => item);
        return;
      }
      // The piece after the final line break is no line at all when it is blank.
      const last = final && index === lines.length - 1;
      if (!last) this.blankLines++;
    });
  }

  table(): Table {
    const { fileName } = this.options;
    // parseTable refuses a blank file before reading lines; a streamed one can only tell at the end.
    if (this.sink.rowsRead === 0) {
      throw new StudioError('empty-file', `${fileName} is empty: there is nothing to map.`, {
        file: fileName,
      });
    }
    return {
      name: fileName,
      format: 'txt',
      columns: [TEXT_FILE_COLUMN],
      rows: this.sink.finish(),
      stats: { emptyRows: this.blankLines, fixedRaggedRows: 0 },
    };
  }
}
