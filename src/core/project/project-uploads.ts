import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { INSTANCE_TAG } from '../jobs/instance-tag';

/**
 * 10 minutes without a chunk: the upload is taken for abandoned (a closed window, a second crash) and its
 * buffer freed. A live upload sends a chunk every few milliseconds.
 */
export const PROJECT_UPLOAD_IDLE_MS = 10 * 60 * 1000;

interface Upload {
  readonly fileName: string;
  readonly buffer: Uint8Array<ArrayBuffer>;
  received: number;
  lastUsed: number;
}

/**
 * Project files arriving in chunks (at most one at a time, so memory stays bounded by one file): each chunk
 * is copied into a buffer of the announced size, and a full buffer is handed to `open` (the same reader
 * `importProject` uses). A chunk past the announced size, or a finish before it is reached, is refused and
 * drops the upload.
 */
export class ProjectUploads {
  private readonly uploads = new Map<string, Upload>();
  private counter = 0;

  constructor(
    private readonly open: (input: CoreInput<'importProject'>) => Promise<CoreOutput<'importProject'>>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts an upload (dropping any other). */
  begin(input: CoreInput<'beginProjectImport'>): CoreOutput<'beginProjectImport'> {
    this.uploads.clear();
    this.counter++;
    const uploadId = `project-upload-${INSTANCE_TAG}-${this.counter}`;
    this.uploads.set(uploadId, {
      fileName: input.fileName,
      buffer: new Uint8Array(input.totalBytes),
      received: 0,
      lastUsed: this.now(),
    });
    return { uploadId };
  }

  /** Copies the next chunk in place. */
  append(input: CoreInput<'appendProjectImport'>): CoreOutput<'appendProjectImport'> {
    const upload = this.upload(input.uploadId);
    const end = upload.received + input.bytes.byteLength;
    if (end > upload.buffer.byteLength) {
      this.uploads.delete(input.uploadId);
      throw new StudioError(
        'invalid-arguments',
        `${upload.fileName} is longer than the ${upload.buffer.byteLength} bytes announced (a chunk ends at byte ${end}); the upload was dropped.`,
        { file: upload.fileName, announced: upload.buffer.byteLength, received: end },
      );
    }
    upload.buffer.set(input.bytes, upload.received);
    upload.received = end;
    upload.lastUsed = this.now();
    return { bytesReceived: end };
  }

  /** Opens the whole file; the upload is gone afterwards, whatever the outcome. */
  async finish(input: CoreInput<'finishProjectImport'>): Promise<CoreOutput<'finishProjectImport'>> {
    const upload = this.upload(input.uploadId);
    this.uploads.delete(input.uploadId);
    if (upload.received !== upload.buffer.byteLength) {
      throw new StudioError(
        'invalid-arguments',
        `${upload.fileName} ended after ${upload.received} of the ${upload.buffer.byteLength} bytes announced; nothing was opened.`,
        { file: upload.fileName, announced: upload.buffer.byteLength, received: upload.received },
      );
    }
    return this.open({ fileName: upload.fileName, bytes: upload.buffer });
  }

  /** Drops an upload; false when there is none by that id. */
  abort(input: CoreInput<'abortProjectImport'>): CoreOutput<'abortProjectImport'> {
    return { aborted: this.uploads.delete(input.uploadId) };
  }

  /** How many uploads are open (for tests of the bounds). */
  get pending(): number {
    this.expire();
    return this.uploads.size;
  }

  private upload(uploadId: string): Upload {
    this.expire();
    const upload = this.uploads.get(uploadId);
    if (upload === undefined) {
      throw new StudioError(
        'invalid-arguments',
        `The project upload "${uploadId}" is not open (it finished, failed, was replaced by another or sat idle too long); open the project again.`,
        { uploadId },
      );
    }
    return upload;
  }

  private expire(): void {
    const now = this.now();
    for (const [id, upload] of this.uploads) {
      if (now - upload.lastUsed > PROJECT_UPLOAD_IDLE_MS) this.uploads.delete(id);
    }
  }
}
