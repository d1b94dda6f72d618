import { describe, expect, it } from 'vitest';
import { readNpy, writeNpy } from '../../../src/core/dataset/npy-file';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { expectStudioError } from '../support/expect-studio-error';
import { bareCore, mapOf } from '../support/map-runner';

const ROWS = 6;
const DIMENSION = 4;

/** A map of precomputed .npy vectors, whose embeddings are exactly the file's values. */
async function mapOfVectors(): Promise<{
  core: ReturnType<typeof bareCore>;
  mapId: string;
  values: Float32Array;
}> {
  const core = bareCore();
  const values = Float32Array.from({ length: ROWS * DIMENSION }, (_, i) => Math.fround(Math.sin(i + 1)));
  const preview = await core.openFile({
    fileName: 'v.npy',
    bytes: writeNpy(toEmbeddingMatrix(values, ROWS, DIMENSION)),
  });
  const result = await mapOf(core, {
    datasetId: preview.datasetId,
    textColumn: preview.columns[0] ?? '',
    labelColumn: null,
    embedderId: 'precomputed:vectors',
    method: 'pca',
    dims: 2,
    seed: 1,
    source: { kind: 'file-vectors' },
  });
  return { core, mapId: result.mapId, values };
}

describe('exportEmbeddings', () => {
  it('exports every item of a map as rows × dimension float32, equal to the vectors mapped', async () => {
    const { core, mapId, values } = await mapOfVectors();
    const { bytes } = await core.exportEmbeddings({ mapId, indices: null });
    const matrix = readNpy('out.npy', bytes);
    expect([matrix.rows, matrix.cols]).toEqual([ROWS, DIMENSION]);
    expect(matrix.data).toEqual(values);
  });

  it('exports only the chosen items, in the order given (a selection)', async () => {
    const { core, mapId, values } = await mapOfVectors();
    const { bytes } = await core.exportEmbeddings({ mapId, indices: [4, 1] });
    const matrix = readNpy('out.npy', bytes);
    expect([matrix.rows, matrix.cols]).toEqual([2, DIMENSION]);
    expect(Array.from(matrix.data)).toEqual([
      ...values.subarray(4 * DIMENSION, 5 * DIMENSION),
      ...values.subarray(1 * DIMENSION, 2 * DIMENSION),
    ]);
  });

  it('names a missing item, an unknown map and a malformed request', async () => {
    const { core, mapId } = await mapOfVectors();
    const missing = await expectStudioError(
      () => core.exportEmbeddings({ mapId, indices: [0, ROWS] }),
      'invalid-arguments',
    );
    expect(missing.message).toContain(`item ${ROWS} does not exist`);
    await expectStudioError(() => core.exportEmbeddings({ mapId: 'nope', indices: null }), 'unknown-map');
    await expectStudioError(() => core.exportEmbeddings({ mapId, indices: [-1] }), 'invalid-arguments');
  });
});
