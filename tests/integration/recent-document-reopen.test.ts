/**
 * Reopening a remembered file in the desktop app, without Electron: main's allow-list over real files on
 * disk, the renderer's chunked read into a File, and a real core opening it through the streamed import (a
 * data file) or the chunked project import (a project), exactly as the Recent Files button and a file named
 * on the command line do.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentDocuments } from '../../src/main/recent-documents';
import { nodeRecentDocumentsFs } from '../../src/main/recent-documents-fs';
import { uploadProject } from '../../src/renderer/src/state/project-upload';
import { readDocumentFile } from '../../src/renderer/src/state/recent-document-file';
import { streamFile } from '../../src/renderer/src/state/streamed-import';
import { bareCore, mapOf } from '../core/support/map-runner';

async function allowList(): Promise<{ folder: string; documents: RecentDocuments }> {
  const folder = await mkdtemp(join(tmpdir(), 'es-reopen-'));
  await mkdir(join(folder, 'user-data'));
  const documents = new RecentDocuments(nodeRecentDocumentsFs(join(folder, 'user-data')), {
    addRecentDocument: () => undefined,
  });
  return { folder, documents };
}

describe('reopening a recent document', () => {
  it('reads a noted CSV back in small chunks and streams it into the core row for row', async () => {
    const { folder, documents } = await allowList();
    const rows = Array.from(
      { length: 500 },
      (_, i) => `"кошка ${i}, мышь",${i % 2 === 0 ? 'животные' : 'техника'}`,
    );
    const csv = `text,label\n${rows.join('\n')}\n`;
    const path = join(folder, 'слова.csv');
    await writeFile(path, csv, 'utf8');
    const noted = await documents.note(path);

    // 1 KiB reads: the file arrives in dozens of chunks, split inside multi-byte letters.
    const file = await readDocumentFile({ read: (request) => documents.read(request) }, noted, 1024);
    expect(file.name).toBe('слова.csv');
    expect(file.size).toBe(Buffer.byteLength(csv));
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe(csv);

    const core = bareCore();
    const preview = await streamFile(core, file, null, () => undefined, new AbortController().signal);
    expect(preview.rowCount).toBe(500);
    expect(preview.columns).toEqual(['text', 'label']);
    expect(preview.previewRows[0]).toEqual(['кошка 0, мышь', 'животные']);
    expect(preview.previewRows[1]).toEqual(['кошка 1, мышь', 'техника']);
  });

  it('reopens a noted project and shows the saved map', async () => {
    const { folder, documents } = await allowList();
    const source = bareCore();
    const data = await source.openFile({
      fileName: 'w.csv',
      bytes: new TextEncoder().encode(
        ['text,topic', ...Array.from({ length: 20 }, (_, i) => `собака ${i} dog${i % 4},t${i % 2}`)].join(
          '\n',
        ),
      ),
    });
    const map = await mapOf(source, {
      datasetId: data.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 9,
    });
    const { bytes } = await source.exportProject({ mapIds: [map.mapId], view: null });
    const path = join(folder, 'карта.esproj');
    await writeFile(path, bytes);
    const noted = await documents.note(path);

    const file = await readDocumentFile({ read: (request) => documents.read(request) }, noted, 4096);
    const opened = await uploadProject(bareCore(), file.name, new Uint8Array(await file.arrayBuffer()), 4096);
    expect(Array.from(opened.maps[0]?.coords ?? [])).toEqual(Array.from(map.coords));
  });
});
