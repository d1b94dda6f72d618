import type { SampleInfo } from '../../shared/contract';

/** A sample file's name (its extension picks the parser) and raw bytes. */
export interface SampleFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * Where the bundled sample data sets come from. The core only sees this interface: the Node host reads the
 * resources folder, a browser host could fetch them, and tests keep them in memory.
 */
export interface SampleSource {
  /** The samples on offer, in display order. */
  list(): Promise<SampleInfo[]>;
  /** The bytes of one sample; rejects with `unknown-sample` when the id is not listed. */
  read(sampleId: string): Promise<{ fileName: string; bytes: Uint8Array }>;
}
