import type { TableFormat } from '../../shared/contract';

/** A parsed file: named columns and rows of strings, every row as long as `columns`. */
export interface Table {
  /** The file name as the user gave it (shown in messages). */
  readonly name: string;
  readonly format: TableFormat;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
