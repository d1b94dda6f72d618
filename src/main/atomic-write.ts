import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StudioError } from '../shared/errors';

/** The file-system functions an atomic write uses: injectable, so a test can make a write fail (ENOSPC). */
export interface AtomicWriteFs {
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

const NODE_FS: AtomicWriteFs = { writeFile, rename, rm };

/** What a failed write's error code means to a user. */
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EROFS: 'the disk is read-only',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(WRITE_FAILURES, code)) return WRITE_FAILURES[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `bytes` to `target` through a temporary file renamed over it, so a crash or a full disk never
 * leaves a half-written file under the user's name: on failure the temporary file is removed, the previous
 * file stays as it was, and the error is a `write-failed` that says why (e.g. the disk is full).
 */
export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = NODE_FS,
): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    try {
      await fs.rm(temporary, { force: true });
    } catch (cleanup) {
      // The write's own failure is what the user needs to hear; a leftover temporary file is only logged.
      console.warn(`Could not remove ${temporary}: ${reasonOf(cleanup)}`);
    }
    const file = basename(target);
    const reason = reasonOf(error);
    throw new StudioError(
      'write-failed',
      `Could not save ${file}: ${reason}. The previous file, if there was one, is unchanged.`,
      { file, reason },
    );
  }
}
