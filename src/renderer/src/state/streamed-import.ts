import type { SampleSpec, StreamedPreview, StudioClient } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

/**
 * 32 MiB: above this a data file is streamed in chunks (with a progress bar, Cancel and the offer of a
 * sample) instead of being read whole and sent in one call; below it reading whole is quick enough.
 */
export const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

/** 8 MiB per appendImport call: half the contract's limit, and a progress step every fraction of a second. */
export const IMPORT_CHUNK_BYTES = 8 * 1024 * 1024;

/** 100,000 rows: the sample offered by default, about what UMAP maps in a minute here. */
export const DEFAULT_SAMPLE_ROWS = 100_000;

/** Formats streamed in chunks; JSON arrays and .npy are parsed whole by the core, so are read whole here too. */
const STREAMED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.jsonl', '.ndjson'];

/** Whether a picked or dropped data file takes the streamed import. */
export function isLargeFile(file: { readonly name: string; readonly size: number }): boolean {
  const name = file.name.toLowerCase();
  return (
    file.size > STREAM_THRESHOLD_BYTES && STREAMED_EXTENSIONS.some((extension) => name.endsWith(extension))
  );
}

/** Where a streamed import stands, for the progress bar. */
export interface ImportProgressInfo {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rows: number;
}

/** A file as the import reads it (a DOM File in the app). */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Stops the import with a `cancelled` error once the user has pressed Cancel. */
function stopIfCancelled(signal: AbortSignal, fileName: string): void {
  if (signal.aborted)
    throw new StudioError('cancelled', `Opening ${fileName} was cancelled.`, { file: fileName });
}

/**
 * Streams `file` to the core: beginImport, then one ~8 MiB slice at a time (each awaited, so the renderer
 * never reads ahead of the core), then finishImport. `signal` cancels between chunks (abortImport, then a
 * `cancelled` error); any failure aborts the import, so the core keeps nothing of it.
 */
export async function streamFile(
  client: Pick<StudioClient, 'beginImport' | 'appendImport' | 'finishImport' | 'abortImport'>,
  file: ImportFile,
  sample: SampleSpec | null,
  onProgress: (progress: ImportProgressInfo) => void,
  signal: AbortSignal,
): Promise<StreamedPreview> {
  const { importId } = await client.beginImport({ fileName: file.name, totalBytes: file.size, sample });
  try {
    for (let start = 0; start < file.size; start += IMPORT_CHUNK_BYTES) {
      stopIfCancelled(signal, file.name);
      const bytes = new Uint8Array(await file.slice(start, start + IMPORT_CHUNK_BYTES).arrayBuffer());
      stopIfCancelled(signal, file.name);
      const progress = await client.appendImport({ importId, bytes });
      onProgress({ ...progress, totalBytes: file.size });
    }
    stopIfCancelled(signal, file.name);
    return await client.finishImport({ importId });
  } catch (error) {
    await client.abortImport({ importId }).catch(() => undefined);
    throw error;
  }
}

/**
 * The columns of a delimited file's header, read from its first line (for the "stratified by" choice before
 * the file is read): split on the most frequent of `,` `;` tab, quotes removed. A guess for the prompt only;
 * the core reads the real header and refuses a column it does not have.
 */
export function headerColumns(fileName: string, head: string): string[] {
  const name = fileName.toLowerCase();
  if (!(name.endsWith('.csv') || name.endsWith('.tsv'))) return [];
  const line = (head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)[0] ?? '').trim();
  const delimiters = name.endsWith('.tsv') ? ['\t'] : [',', ';', '\t'];
  const delimiter = delimiters.reduce((best, candidate) =>
    line.split(candidate).length > line.split(best).length ? candidate : best,
  );
  return line
    .split(delimiter)
    .map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replaceAll('""', '"'),
    )
    .filter((cell) => cell !== '');
}

/** The column a sample is stratified by unless the user says otherwise: one named like a label, if any. */
export function suggestedStratum(columns: readonly string[]): string | null {
  return (
    columns.find((column) =>
      /^(label|class|category|group|topic|метка|класс|категория|группа)$/i.test(column),
    ) ?? null
  );
}
