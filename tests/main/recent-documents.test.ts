import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_DOCUMENTS,
  RECENT_DOCUMENTS_FILE,
  RecentDocuments,
} from '../../src/main/recent-documents';
import { nodeRecentDocumentsFs } from '../../src/main/recent-documents-fs';
import { StudioError } from '../../src/shared/errors';

/** The OS side: what `app.addRecentDocument` was told, in order. */
function recordingOs(): { added: string[]; addRecentDocument(path: string): void } {
  const added: string[] = [];
  return {
    added,
    addRecentDocument(path) {
      added.push(path);
    },
  };
}

async function rejection(work: () => Promise<unknown>): Promise<StudioError> {
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StudioError);
  return error as StudioError;
}

describe('RecentDocuments (the desktop allow-list)', () => {
  let folder: string;
  let userData: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'es-recent-'));
    userData = join(folder, 'user-data');
    await mkdir(userData);
  });

  it('notes a file (OS recent documents, JSON in userData) and reads it back by id in chunks', async () => {
    const file = join(folder, 'кошки.csv');
    const content = Buffer.from('text,label\nкошка,animal\nсобака,animal\n', 'utf8');
    await writeFile(file, content);
    const os = recordingOs();
    const documents = new RecentDocuments(nodeRecentDocumentsFs(userData), os);
    const noted = await documents.note(file);
    expect(noted).toMatchObject({ name: 'кошки.csv', size: content.byteLength });
    expect(os.added).toEqual([file]);
    const stored = JSON.parse(await readFile(join(userData, RECENT_DOCUMENTS_FILE), 'utf8')) as unknown;
    expect(stored).toEqual([{ documentId: noted.documentId, path: file }]);

    const parts: Buffer[] = [];
    for (let offset = 0; offset < content.byteLength; offset += 7) {
      const chunk = await documents.read({ documentId: noted.documentId, offset, length: 7 });
      expect(chunk.totalBytes).toBe(content.byteLength);
      parts.push(Buffer.from(chunk.bytes));
    }
    expect(Buffer.concat(parts).equals(content)).toBe(true);
    const past = await documents.read({
      documentId: noted.documentId,
      offset: content.byteLength,
      length: 7,
    });
    expect(past.bytes.byteLength).toBe(0);

    // A new launch reads the list from userData: the same id still opens the file.
    const relaunched = new RecentDocuments(nodeRecentDocumentsFs(userData), recordingOs());
    const again = await relaunched.read({ documentId: noted.documentId, offset: 0, length: 4 });
    expect(Buffer.from(again.bytes).toString('utf8')).toBe('text');
  });

  it('never reads an id it did not hand out, nor a relative path', async () => {
    const secret = join(folder, 'secret.txt');
    await writeFile(secret, 'secret');
    const documents = new RecentDocuments(nodeRecentDocumentsFs(userData), recordingOs());
    const refused = await rejection(() => documents.read({ documentId: secret, offset: 0, length: 10 }));
    expect(refused.code).toBe('unauthorized');
    const relative = await rejection(() => documents.note('secret.txt'));
    expect(relative.code).toBe('invalid-arguments');
    expect(await documents.paths()).toEqual([]);
  });

  it('keeps the latest ten, moving a reopened file to the top with the same id', async () => {
    const os = recordingOs();
    const documents = new RecentDocuments(nodeRecentDocumentsFs(userData), os);
    const ids: string[] = [];
    for (let i = 0; i < MAX_RECENT_DOCUMENTS + 2; i++) {
      const file = join(folder, `f${i}.txt`);
      await writeFile(file, `file ${i}`);
      ids.push((await documents.note(file)).documentId);
    }
    const paths = await documents.paths();
    expect(paths).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(paths[0]).toBe(join(folder, 'f11.txt'));
    expect(paths).not.toContain(join(folder, 'f0.txt'));
    // The oldest fell off the list, so its id no longer reads.
    expect(
      (await rejection(() => documents.read({ documentId: ids[0] ?? '', offset: 0, length: 1 }))).code,
    ).toBe('unauthorized');
    const again = await documents.note(join(folder, 'f5.txt'));
    expect(again.documentId).toBe(ids[5]);
    expect((await documents.paths())[0]).toBe(join(folder, 'f5.txt'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a moved or deleted file gets a file-unavailable error naming it; a damaged list starts empty', async () => {
    const file = join(folder, 'gone.csv');
    await writeFile(file, 'a');
    const documents = new RecentDocuments(nodeRecentDocumentsFs(userData), recordingOs());
    const { documentId } = await documents.note(file);
    await rm(file);
    const gone = await rejection(() => documents.read({ documentId, offset: 0, length: 1 }));
    expect(gone.code).toBe('file-unavailable');
    expect(gone.message).toMatch(/gone\.csv.*no longer there/);
    expect((await rejection(() => documents.note(join(folder, 'never.csv')))).code).toBe('file-unavailable');
    expect((await rejection(() => documents.note(folder))).code).toBe('file-unavailable');

    await writeFile(join(userData, RECENT_DOCUMENTS_FILE), '{ not json');
    expect(await new RecentDocuments(nodeRecentDocumentsFs(userData), recordingOs()).paths()).toEqual([]);
    await writeFile(
      join(userData, RECENT_DOCUMENTS_FILE),
      JSON.stringify([{ documentId: 'x', path: 'relative' }]),
    );
    expect(await new RecentDocuments(nodeRecentDocumentsFs(userData), recordingOs()).paths()).toEqual([]);
  });
});
