import type { MapRequest } from '../../../src/shared/contract';
import type { StudioCore } from '../../../src/core/studio-core';
import { createRandom } from '../../../src/core/math/random';
import { utf8 } from './encodings';
import { bareCore } from './map-runner';

export const DIMENSION = 20;
const GROUPS = ['a', 'b', 'c'] as const;
/** Words per group in the vector file; the last HELD_OUT of each are left off the map and placed later. */
const PER_GROUP = 40;
const HELD_OUT = 4;

/** Three well-separated groups of word vectors (a0…a39, b0…, c0…), seeded, as a GloVe text file. */
export function clusteredVectors(): Map<string, Float32Array> {
  const random = createRandom(21);
  const vectors = new Map<string, Float32Array>();
  GROUPS.forEach((group) => {
    const centre = Float64Array.from({ length: DIMENSION }, () => 4 * random.nextGaussian());
    for (let i = 0; i < PER_GROUP; i++)
      vectors.set(
        `${group}${i}`,
        Float32Array.from(centre, (value) => value + random.nextGaussian()),
      );
  });
  return vectors;
}

export function gloveText(vectors: Map<string, Float32Array>): string {
  return [...vectors].map(([word, vector]) => `${word} ${Array.from(vector).join(' ')}`).join('\n');
}

export const mappedWords = GROUPS.flatMap((group) =>
  Array.from({ length: PER_GROUP - HELD_OUT }, (_, i) => `${group}${i}`),
);
export const heldOutWords = GROUPS.flatMap((group) =>
  Array.from({ length: HELD_OUT }, (_, i) => `${group}${PER_GROUP - HELD_OUT + i}`),
);

/**
 * A core with the grouped vectors loaded as an embedder and a data set of the mapped words (label = group),
 * and a PCA request for it that tests vary.
 */
export async function groupedWordsMap(): Promise<{
  core: StudioCore;
  vectors: Map<string, Float32Array>;
  request: MapRequest;
}> {
  const core = bareCore();
  const vectors = clusteredVectors();
  const loaded = await core.loadWordVectors({
    fileName: 'groups.txt',
    bytes: utf8(gloveText(vectors)),
    maxWords: null,
    lenient: false,
  });
  const csv = ['word,group', ...mappedWords.map((word) => `${word},${word[0] ?? ''}`)].join('\n');
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(csv) });
  const request: MapRequest = {
    datasetId: preview.datasetId,
    textColumn: 'word',
    labelColumn: 'group',
    embedderId: loaded.embedder.id,
    method: 'pca',
    dims: 2,
    seed: 4,
  };
  return { core, vectors, request };
}
