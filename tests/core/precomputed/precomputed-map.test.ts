import { describe, expect, it } from 'vitest';
import { writeNpy } from '../../../src/core/dataset/npy-file';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { pca } from '../../../src/core/reduce/pca';
import type { MapRequest } from '../../../src/shared/contract';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { bareCore, mapOf } from '../support/map-runner';

const ROWS = 12;
const vector = (row: number, col: number): number => Math.fround(Math.sin(row * 7 + col * 3) * (col + 1));

/** A CSV with a text, a label, 2 coordinates and 5 vector columns (decimal points and commas mixed). */
function numericCsv(): string {
  const lines = ['text;label;x;y;v1;v2;v3;v4;v5'];
  for (let row = 0; row < ROWS; row++) {
    const cells = [`item ${row}`, row % 2 === 0 ? 'even' : 'odd', String(row / 4), String(-row)];
    for (let col = 0; col < 5; col++) cells.push(String(vector(row, col)));
    lines.push(cells.join(';'));
  }
  return lines.join('\n');
}

async function request(core: ReturnType<typeof bareCore>, changes: Partial<MapRequest>): Promise<MapRequest> {
  const preview = await core.openFile({ fileName: 'n.csv', bytes: utf8(numericCsv()) });
  return {
    datasetId: preview.datasetId,
    textColumn: 'text',
    labelColumn: 'label',
    embedderId: 'precomputed:vectors',
    method: 'pca',
    dims: 2,
    seed: 1,
    ...changes,
  };
}

describe('precomputed maps', () => {
  it('draws given coordinates exactly, without computing anything', async () => {
    const core = bareCore();
    const result = await mapOf(
      core,
      await request(core, { source: { kind: 'coordinates', columns: ['x', 'y'] } }),
    );
    expect(result.method).toBe('precomputed');
    expect(result.embedderId).toBe('precomputed:coordinates');
    expect(Array.from(result.coords)).toEqual(
      Array.from({ length: ROWS }, (_, row) => [row / 4, row === 0 ? 0 : -row]).flat(),
    );
    expect(result.columns.map((column) => column.name)).toEqual(['x', 'y', 'v1', 'v2', 'v3', 'v4', 'v5']);
    const near = await core.nearestNeighbors({ mapId: result.mapId, index: 0, k: 1, metric: 'euclidean' });
    expect(near.neighbors[0]?.index).toBe(1);
  });

  it('reduces given vectors with PCA exactly as PCA on those vectors', async () => {
    const core = bareCore();
    const columns = ['v1', 'v2', 'v3', 'v4', 'v5'];
    const result = await mapOf(core, await request(core, { source: { kind: 'vectors', columns } }));
    const data = Float32Array.from({ length: ROWS * 5 }, (_, i) => vector(Math.floor(i / 5), i % 5));
    const expected = await pca(toEmbeddingMatrix(data, ROWS, 5), { components: 2 });
    expect(result.embedderId).toBe('precomputed:vectors');
    expect(result.embeddingDimension).toBe(5);
    expect(result.coords).toEqual(expected.coordinates.data);
  });

  it('maps the vectors of a .npy file', async () => {
    const core = bareCore();
    const data = Float32Array.from({ length: ROWS * 4 }, (_, i) => vector(Math.floor(i / 4), i % 4));
    const preview = await core.openFile({
      fileName: 'e.npy',
      bytes: writeNpy(toEmbeddingMatrix(data, ROWS, 4)),
    });
    expect(preview).toMatchObject({ format: 'npy', vectorDimension: 4, rowCount: ROWS });
    const result = await mapOf(core, {
      datasetId: preview.datasetId,
      textColumn: 'row',
      labelColumn: null,
      embedderId: 'precomputed:vectors',
      method: 'pca',
      dims: 2,
      seed: 1,
      source: { kind: 'file-vectors' },
      sample: { size: 6, seed: 3, stratifyBy: null },
    });
    expect(result.count).toBe(6);
    const kept = result.texts.map(Number);
    const subset = Float32Array.from(
      kept.flatMap((row) => Array.from(data.subarray((row - 1) * 4, row * 4))),
    );
    expect(result.coords).toEqual(
      (await pca(toEmbeddingMatrix(subset, 6, 4), { components: 2 })).coordinates.data,
    );
  });

  it('names the row and column of a cell that is not a number', async () => {
    const core = bareCore();
    const preview = await core.openFile({
      fileName: 'bad.csv',
      bytes: utf8('text,x,y\na,1,2\nb,3,\nc,5,6\n'),
    });
    const error = await expectStudioError(
      () =>
        core.startMap({
          datasetId: preview.datasetId,
          textColumn: 'text',
          labelColumn: null,
          embedderId: 'precomputed:coordinates',
          method: 'pca',
          dims: 2,
          seed: 1,
          source: { kind: 'coordinates', columns: ['x', 'y'] },
        }),
      'invalid-number',
    );
    expect(error.params).toEqual({ file: 'bad.csv', row: 2, column: 'y' });
  });

  it('samples the stratified rows a request asks for', async () => {
    const core = bareCore();
    const result = await mapOf(
      core,
      await request(core, {
        source: { kind: 'coordinates', columns: ['x', 'y'] },
        sample: { size: 6, seed: 9, stratifyBy: 'label' },
      }),
    );
    expect(result.count).toBe(6);
    expect(result.labels.filter((label) => label === 'even')).toHaveLength(3);
  });
});
