import type { SampleSpec } from '../../../shared/contract';

/** How a streamed file is read besides its bytes. */
export interface StreamOptions {
  /** The file name as the user gave it (its extension picks the format; messages name it). */
  readonly fileName: string;
  /** Pad or truncate ragged CSV/TSV rows (counted) instead of failing. */
  readonly lenient: boolean;
  /** Keep a seeded sample of this many rows (stratified by a column) instead of every row. */
  readonly sample: SampleSpec | null;
}
