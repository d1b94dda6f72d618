import type { Table } from '../table';

/** A table being read from text that arrives chunk by chunk (one implementation per text format). */
export interface TableStream {
  /** Reads the next piece of text; `final` says it is the last. */
  feed(text: string, final: boolean): void;
  /** Data rows read so far, before sampling (for progress). */
  readonly rowsRead: number;
  /** The table, after the final feed; throws `empty-file` when there were no rows. */
  table(): Table;
}
