import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { IdleSessionSlot } from '../jobs/idle-session-slot';

/**
 * 10 minutes without a chunk: the upload is taken for abandoned (a closed window, a second crash) and its
 * buffer freed. A live upload sends a chunk every few milliseconds.
 */
export const PROJECT_UPLOAD_IDLE_MS = 10 * 60 * 1000;

/** 16 MiB: the first buffer of an upload, grown by doubling as chunks arrive (up to the announced size). */
const INITIAL_CAPACITY_BYTES = 16 * 1024 * 1024;

interface Upload {
  readonly fileName: string;
  /** The announced size: the upload is complete at exactly this many bytes. */
  readonly totalBytes: number;
  buffer: Uint8Array<ArrayBuffer>;
  received: number;
}

/**
 * Project files arriving in chunks (at most one at a time, so memory stays bounded by one file): each chunk
 * is copied into a buffer that grows towards the announced size (so a size announced but never sent costs
 * nothing), and a complete buffer is handed to `open` (the same reader
 * `importProject` uses). A chunk past the announced size, or a finish before it is reached, is refused and
 * drops the upload.
 */
export class ProjectUploads {
  private readonly uploads: IdleSessionSlot<Upload>;

  constructor(
    private readonly open: (input: CoreInput<'importProject'>) => Promise<CoreOutput<'importProject'>>,
    now: () => number = Date.now,
    private readonly initialCapacity: number = INITIAL_CAPACITY_BYTES,
  ) {
    this.uploads = new IdleSessionSlot('project-upload', PROJECT_UPLOAD_IDLE_MS, now);
  }

  /** Starts an upload (dropping any other). */
  begin(input: CoreInput<'beginProjectImport'>): CoreOutput<'beginProjectImport'> {
    const uploadId = this.uploads.open({
      fileName: input.fileName,
      totalBytes: input.totalBytes,
      buffer: new Uint8Array(Math.min(input.totalBytes, this.initialCapacity)),
      received: 0,
    });
    return { uploadId };
  }

  /** Copies the next chunk in place. */
  append(input: CoreInput<'appendProjectImport'>): CoreOutput<'appendProjectImport'> {
    const upload = this.upload(input.uploadId);
    const end = upload.received + input.bytes.byteLength;
    if (end > upload.totalBytes) {
      this.uploads.drop(input.uploadId);
      throw new StudioError(
        'invalid-arguments',
        `${upload.fileName} is longer than the ${upload.totalBytes} bytes announced (a chunk ends at byte ${end}); the upload was dropped.`,
        { file: upload.fileName, announced: upload.totalBytes, received: end },
      );
    }
    if (end > upload.buffer.byteLength) {
      const grown = new Uint8Array(Math.min(upload.totalBytes, Math.max(end, 2 * upload.buffer.byteLength)));
      grown.set(upload.buffer.subarray(0, upload.received));
      upload.buffer = grown;
    }
    upload.buffer.set(input.bytes, upload.received);
    upload.received = end;
    return { bytesReceived: end };
  }

  /** Opens the whole file; the upload is gone afterwards, whatever the outcome. */
  async finish(input: CoreInput<'finishProjectImport'>): Promise<CoreOutput<'finishProjectImport'>> {
    const upload = this.upload(input.uploadId);
    this.uploads.drop(input.uploadId);
    if (upload.received !== upload.totalBytes) {
      throw new StudioError(
        'invalid-arguments',
        `${upload.fileName} ended after ${upload.received} of the ${upload.totalBytes} bytes announced; nothing was opened.`,
        { file: upload.fileName, announced: upload.totalBytes, received: upload.received },
      );
    }
    return this.open({ fileName: upload.fileName, bytes: upload.buffer });
  }

  /** Drops an upload; false when there is none by that id. */
  abort(input: CoreInput<'abortProjectImport'>): CoreOutput<'abortProjectImport'> {
    return { aborted: this.uploads.drop(input.uploadId) };
  }

  /** How many uploads are open (for tests of the bounds). */
  get pending(): number {
    return this.uploads.size;
  }

  private upload(uploadId: string): Upload {
    const upload = this.uploads.use(uploadId);
    if (upload === undefined) {
      throw new StudioError(
        'invalid-arguments',
        `The project upload "${uploadId}" is not open (it finished, failed, was replaced by another or sat idle too long); open the project again.`,
        { uploadId },
      );
    }
    return upload;
  }
}
