import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFs } from '../../src/main/atomic-write';
import { StudioError } from '../../src/shared/errors';

/** An error as Node's file system raises it when the disk fills up mid-write. */
function enospc(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOSPC: no space left on device, write '${path}'`);
  error.code = 'ENOSPC';
  error.errno = -28;
  error.syscall = 'write';
  return error;
}

/**
 * The real file system, except that a write stops after `fitsBytes` bytes and throws ENOSPC — as a full
 * disk does: the first part of the file really lands on disk before the failure.
 */
function diskThatFillsAfter(fitsBytes: number): AtomicWriteFs {
  return {
    writeFile: async (path, bytes) => {
      await writeFile(path, bytes.subarray(0, Math.min(fitsBytes, bytes.byteLength)));
      if (bytes.byteLength > fitsBytes) throw enospc(path);
    },
    rename,
    rm,
  };
}

async function caught(work: () => Promise<unknown>): Promise<StudioError> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    return error as StudioError;
  }
  throw new Error('expected the write to fail');
}

describe('faults: disk full', () => {
  let dir: string;
  let target: string;
  const previous = new Uint8Array(Array.from({ length: 3000 }, (_unused, i) => (i * 7) % 256));
  const next = new Uint8Array(Array.from({ length: 10_000 }, (_unused, i) => (i * 13 + 1) % 256));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'es-disk-full-'));
    target = join(dir, 'lesson.esproj');
    await writeFile(target, previous);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports ENOSPC as write-failed, keeps the previous file byte for byte and leaves no temporary file', async () => {
    const error = await caught(() => writeFileAtomically(target, next, diskThatFillsAfter(4096)));
    expect(error.code).toBe('write-failed');
    expect(error.params).toEqual({ file: 'lesson.esproj', reason: 'the disk is full' });
    expect(error.message).toBe(
      'Could not save lesson.esproj: the disk is full. The previous file, if there was one, is unchanged.',
    );
    expect(new Uint8Array(await readFile(target))).toEqual(previous);
    expect(await readdir(dir)).toEqual(['lesson.esproj']);
  });

  it('fails the same way when the disk is full before the first byte, and when there was no previous file', async () => {
    const fresh = join(dir, 'new.csv');
    const error = await caught(() => writeFileAtomically(fresh, next, diskThatFillsAfter(0)));
    expect(error.code).toBe('write-failed');
    expect(error.params?.['file']).toBe('new.csv');
    expect((await readdir(dir)).sort()).toEqual(['lesson.esproj']);
  });

  it('keeps the previous file when the rename fails, and names an unknown failure by its message', async () => {
    const failingRename: AtomicWriteFs = {
      writeFile,
      rm,
      rename: () => Promise.reject(new Error('EXDEV: cross-device link not permitted')),
    };
    const error = await caught(() => writeFileAtomically(target, next, failingRename));
    expect(error.code).toBe('write-failed');
    expect(error.params?.['reason']).toBe('EXDEV: cross-device link not permitted');
    expect(new Uint8Array(await readFile(target))).toEqual(previous);
    expect(await readdir(dir)).toEqual(['lesson.esproj']);
  });

  it('writes the new bytes when the disk has room, again leaving no temporary file', async () => {
    await writeFileAtomically(target, next, diskThatFillsAfter(next.byteLength));
    expect(new Uint8Array(await readFile(target))).toEqual(next);
    expect(await readdir(dir)).toEqual(['lesson.esproj']);
  });
});
