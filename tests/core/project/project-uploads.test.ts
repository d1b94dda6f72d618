import { describe, expect, it } from 'vitest';
import { ProjectUploads, PROJECT_UPLOAD_IDLE_MS } from '../../../src/core/project/project-uploads';
import type { CoreInput } from '../../../src/shared/contract';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { bareCore, mapOf } from '../support/map-runner';

const CSV = ['text,topic', ...Array.from({ length: 24 }, (_, i) => `кошка ${i} word${i % 5},t${i % 3}`)].join(
  '\n',
);

/** A real project file (one PCA map of a small Russian data set) and the neighbours it had. */
async function projectBytes(): Promise<{ bytes: Uint8Array<ArrayBuffer>; coords: number[] }> {
  const core = bareCore();
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(CSV) });
  const map = await mapOf(core, {
    datasetId: preview.datasetId,
    textColumn: 'text',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: 5,
  });
  const { bytes } = await core.exportProject({ mapIds: [map.mapId], view: { zoom: 1 } });
  return { bytes: new Uint8Array(bytes), coords: Array.from(map.coords) };
}

function chunksOf(bytes: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer>[] {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let start = 0; start < bytes.byteLength; start += size) chunks.push(bytes.slice(start, start + size));
  return chunks;
}

describe('chunked project import (beginProjectImport … finishProjectImport)', () => {
  it('opens a project sent in 1 KiB chunks exactly as importProject opens it whole', async () => {
    const { bytes, coords } = await projectBytes();
    const core = bareCore();
    const { uploadId } = await core.beginProjectImport({
      fileName: 'big.esproj',
      totalBytes: bytes.byteLength,
    });
    const chunks = chunksOf(bytes, 1024);
    expect(chunks.length).toBeGreaterThan(3);
    let received = 0;
    for (const chunk of chunks) {
      received = (await core.appendProjectImport({ uploadId, bytes: chunk })).bytesReceived;
    }
    expect(received).toBe(bytes.byteLength);
    const opened = await core.finishProjectImport({ uploadId });
    const whole = await bareCore().importProject({ fileName: 'big.esproj', bytes });
    expect(opened.view).toEqual({ zoom: 1 });
    expect(Array.from(opened.maps[0]?.coords ?? [])).toEqual(coords);
    expect(Array.from(opened.maps[0]?.coords ?? [])).toEqual(Array.from(whole.maps[0]?.coords ?? []));
    expect(opened.datasets[0]?.rowCount).toBe(24);
    const neighbours = await core.nearestNeighbors({
      mapId: opened.maps[0]?.mapId ?? '',
      index: 0,
      k: 3,
      metric: 'cosine',
    });
    expect(neighbours.neighbors).toHaveLength(3);
  });

  it('grows its buffer as chunks arrive, so the bytes it opens are the file’s, whatever the starting size', async () => {
    const { bytes, coords } = await projectBytes();
    const core = bareCore();
    // Starts at 100 bytes and doubles: every growth copies what came before.
    const uploads = new ProjectUploads((input) => core.importProject(input), Date.now, 100);
    const { uploadId } = uploads.begin({ fileName: 'grown.esproj', totalBytes: bytes.byteLength });
    for (const chunk of chunksOf(bytes, 777)) uploads.append({ uploadId, bytes: chunk });
    const opened = await uploads.finish({ uploadId });
    expect(Array.from(opened.maps[0]?.coords ?? [])).toEqual(coords);
  });

  it('refuses a chunk past the announced size, and a finish before it, naming the file; the upload is dropped', async () => {
    const core = bareCore();
    const { uploadId } = await core.beginProjectImport({ fileName: 'p.esproj', totalBytes: 10 });
    await core.appendProjectImport({ uploadId, bytes: new Uint8Array(6) });
    const over = await expectStudioError(
      () => core.appendProjectImport({ uploadId, bytes: new Uint8Array(5) }),
      'invalid-arguments',
    );
    expect(over.message).toContain('p.esproj');
    await expectStudioError(() => core.finishProjectImport({ uploadId }), 'invalid-arguments');

    const short = await core.beginProjectImport({ fileName: 'q.esproj', totalBytes: 10 });
    await core.appendProjectImport({ uploadId: short.uploadId, bytes: new Uint8Array(4) });
    const early = await expectStudioError(
      () => core.finishProjectImport({ uploadId: short.uploadId }),
      'invalid-arguments',
    );
    expect(early.message).toMatch(/q\.esproj ended after 4 of the 10 bytes/);
  });

  it('a damaged file gets the project reader’s own error, and abort drops an upload', async () => {
    const core = bareCore();
    const garbage = utf8('this is not a zip file at all');
    const { uploadId } = await core.beginProjectImport({
      fileName: 'bad.esproj',
      totalBytes: garbage.byteLength,
    });
    await core.appendProjectImport({ uploadId, bytes: garbage });
    await expectStudioError(() => core.finishProjectImport({ uploadId }), 'project-damaged');
    const other = await core.beginProjectImport({ fileName: 'x.esproj', totalBytes: 3 });
    expect(await core.abortProjectImport({ uploadId: other.uploadId })).toEqual({ aborted: true });
    expect(await core.abortProjectImport({ uploadId: other.uploadId })).toEqual({ aborted: false });
  });

  it('keeps one upload at a time and forgets one left idle', async () => {
    let now = 0;
    const opened: CoreInput<'importProject'>[] = [];
    const uploads = new ProjectUploads(
      (input) => {
        opened.push(input);
        return Promise.reject(new Error('not opened in this test'));
      },
      () => now,
    );
    const first = uploads.begin({ fileName: 'a.esproj', totalBytes: 4 });
    const second = uploads.begin({ fileName: 'b.esproj', totalBytes: 4 });
    expect(uploads.pending).toBe(1);
    await expectStudioError(
      () => uploads.append({ uploadId: first.uploadId, bytes: new Uint8Array(1) }),
      'invalid-arguments',
    );
    uploads.append({ uploadId: second.uploadId, bytes: new Uint8Array(2) });
    now += PROJECT_UPLOAD_IDLE_MS + 1;
    expect(uploads.pending).toBe(0);
    await expectStudioError(
      () => uploads.append({ uploadId: second.uploadId, bytes: new Uint8Array(2) }),
      'invalid-arguments',
    );
    expect(opened).toEqual([]);
  });

  it('the contract refuses a chunk over 16 MiB and a size over 4 GiB before the core sees them', async () => {
    const core = bareCore();
    await expectStudioError(
      () => core.beginProjectImport({ fileName: 'p.esproj', totalBytes: 5 * 1024 ** 3 }),
      'invalid-arguments',
    );
    const { uploadId } = await core.beginProjectImport({ fileName: 'p.esproj', totalBytes: 32 * 1024 ** 2 });
    await expectStudioError(
      () => core.appendProjectImport({ uploadId, bytes: new Uint8Array(16 * 1024 ** 2 + 1) }),
      'invalid-arguments',
    );
  });
});
