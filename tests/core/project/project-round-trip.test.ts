import { describe, expect, it } from 'vitest';
import { readZip } from '../../../src/core/project/zip-reader';
import { writeZip } from '../../../src/core/project/zip-writer';
import type { MapRequest, ProjectView } from '../../../src/shared/contract';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { bareCore, mapOf } from '../support/map-runner';
import { INSTANCE_TAG } from '../../../src/core/jobs/instance-tag';

const CSV = [
  'text,topic,extra',
  ...Array.from({ length: 30 }, (_, i) => `word${i % 9} thing${i % 4} case ${i},t${i % 3},e${i}`),
].join('\n');

const VIEW: ProjectView = {
  camera: { x: 1.5, y: -2, zoom: 3 },
  colourBy: 'topic',
  selection: [1, 4, 9],
  bookmarks: [{ name: 'Кластер', camera: { x: 0, y: 0, zoom: 1 } }],
};

async function mappedCore(): Promise<{ core: ReturnType<typeof bareCore>; mapIds: string[] }> {
  const core = bareCore();
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(CSV) });
  const base: MapRequest = {
    datasetId: preview.datasetId,
    textColumn: 'text',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: 3,
  };
  const first = await mapOf(core, base);
  const second = await mapOf(core, {
    ...base,
    method: 'umap',
    dims: 3,
    umap: { neighbors: 5, minDist: 0.2, spread: 1, metric: 'cosine', epochs: 20 },
  });
  return { core, mapIds: [first.mapId, second.mapId] };
}

describe('project files', () => {
  it('round-trip data sets, coordinates, embeddings and the view exactly', async () => {
    const { core, mapIds } = await mappedCore();
    const { bytes } = await core.exportProject({ mapIds, view: VIEW });
    const fresh = bareCore();
    const opened = await fresh.importProject({ fileName: 'p.esproj', bytes });
    expect(opened.view).toEqual(VIEW);
    expect(opened.datasets).toHaveLength(1);
    expect(opened.datasets[0]).toMatchObject({
      name: 'words.csv',
      rowCount: 30,
      columns: ['text', 'topic', 'extra'],
    });
    expect(opened.maps.map((map) => [map.method, map.dims])).toEqual([
      ['pca', 2],
      ['umap', 3],
    ]);
    expect(Object.keys(opened.renamedMaps)).toEqual(mapIds);
    // Save the opened project again: the same data, bit for bit (only the manifest's time may differ).
    const again = await fresh.exportProject({
      mapIds: opened.maps.map((map) => map.mapId),
      view: opened.view,
    });
    const [before, after] = await Promise.all([readZip(bytes), readZip(again.bytes)]);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before)
      if (name !== 'manifest.json') expect(after.get(name), name).toEqual(data);
  });

  it('keeps coordinates and neighbours identical to the computed map', async () => {
    const { core, mapIds } = await mappedCore();
    const original = await mapOf(core, {
      datasetId: `dataset-${INSTANCE_TAG}-1`,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 3,
    });
    const { bytes } = await core.exportProject({ mapIds: [original.mapId], view: null });
    const fresh = bareCore();
    const [map] = (await fresh.importProject({ fileName: 'p.esproj', bytes })).maps;
    if (map === undefined) throw new Error('no map');
    expect(map.coords).toEqual(original.coords);
    expect(map.texts).toEqual(original.texts);
    expect(map.columns).toEqual(original.columns);
    const query = { index: 2, k: 5, metric: 'cosine' } as const;
    expect(await fresh.nearestNeighbors({ mapId: map.mapId, ...query })).toEqual(
      await core.nearestNeighbors({ mapId: original.mapId, ...query }),
    );
    expect(mapIds).toHaveLength(2);
  });

  it('refuses damaged, truncated, incomplete and newer files with clear errors', async () => {
    const { core, mapIds } = await mappedCore();
    const { bytes } = await core.exportProject({ mapIds, view: VIEW });
    const open = (data: Uint8Array<ArrayBuffer>) =>
      bareCore().importProject({ fileName: 'p.esproj', bytes: data });
    const truncated = bytes.slice(0, bytes.length - 100);
    expect((await expectStudioError(() => open(truncated), 'project-damaged')).message).toContain('p.esproj');
    const files = await readZip(bytes);
    const flipped = new Map(files);
    const coords = new Uint8Array(files.get('maps/0/coords.f32') ?? []);
    const damaged = await writeZip([...flipped].map(([name, data]) => ({ name, data, compress: false })));
    // Flip one byte of the stored coordinates inside the container: its CRC no longer matches.
    const at = indexOf(damaged, coords) + 3;
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    const crc = await expectStudioError(() => open(damaged), 'project-damaged');
    expect(crc.message).toContain('maps/0/coords.f32 fails its checksum');
    const missing = await writeZip(
      [...files]
        .filter(([name]) => name !== 'maps/1/embeddings.f32')
        .map(([name, data]) => ({ name, data, compress: true })),
    );
    expect((await expectStudioError(() => open(missing), 'project-damaged')).message).toContain(
      'maps/1/embeddings.f32 is missing',
    );
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Record<
      string,
      unknown
    >;
    const newer = await writeZip(
      [...files].map(([name, data]) => ({
        name,
        data: name === 'manifest.json' ? utf8(JSON.stringify({ ...manifest, formatVersion: 99 })) : data,
        compress: true,
      })),
    );
    const tooNew = await expectStudioError(() => open(newer), 'project-too-new');
    expect(tooNew.params).toMatchObject({ version: 99 });
    await expectStudioError(() => open(utf8('not a zip at all, just text')), 'project-damaged');
  });

  it('refuses to save a map it does not keep', async () => {
    await expectStudioError(() => bareCore().exportProject({ mapIds: ['job-9'], view: {} }), 'unknown-map');
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('needle not found');
}
