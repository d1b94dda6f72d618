import type { TableFormat, TextEncoding } from '../../shared/contract';
import type { EmbeddingMatrix } from '../math/matrix-types';

/** What reading a file left out or repaired, for the preview to report rather than hide. */
export interface TableStats {
  /** Rows skipped because every cell was empty. */
  readonly emptyRows: number;
  /** Rows padded or truncated to the header's width (lenient reading only). */
  readonly fixedRaggedRows: number;
}

/** A parsed file: named columns and rows of strings, every row as long as `columns`. */
export interface Table {
  /** The file name as the user gave it (shown in messages). */
  readonly name: string;
  readonly format: TableFormat;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The encoding the text was decoded with; absent for binary files (.npy). */
  readonly encoding?: TextEncoding;
  readonly stats?: TableStats;
  /**
   * Vectors the file itself carries (a .npy array), one row per table row, kept as float32 rather than as
   * millions of strings.
   */
  readonly vectors?: EmbeddingMatrix;
}
