import type { StudioCore } from '../../../src/core/studio-core';
import type { MapResult } from '../../../src/shared/contract';
import { utf8 } from '../support/encodings';
import { mapOf } from '../support/map-runner';

/**
 * A vocabulary where king − man + woman = queen exactly: every royal word has length √2, so normalising
 * changes nothing, and (1,1,0,0) − (0,1,1,0) + (0,−1,1,0) = (1,−1,0,0). The others sit at known angles.
 */
export const ROYAL_WORDS: readonly (readonly [string, readonly number[]])[] = [
  ['king', [1, 1, 0, 0]],
  ['man', [0, 1, 1, 0]],
  ['woman', [0, -1, 1, 0]],
  ['queen', [1, -1, 0, 0]],
  ['princess', [1, -0.5, 0, 0.5]],
  ['prince', [1, 0.5, 0, 0.5]],
  ['apple', [0, 0, 0, 1]],
];

/** The vocabulary as a GloVe text file (no header). */
export function royalGlove(): string {
  return ROYAL_WORDS.map(([word, vector]) => `${word} ${vector.join(' ')}`).join('\n') + '\n';
}

/** Cosine of two plain arrays, written out here so the tests do not lean on the code under test. */
export function plainCosine(a: readonly number[], b: readonly number[]): number {
  const dot = a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
}

/** Loads the royal vocabulary into `core`; returns its embedder id. */
export async function loadRoyal(core: StudioCore, fileName = 'royal.txt'): Promise<string> {
  const loaded = await core.loadWordVectors({
    fileName,
    bytes: utf8(royalGlove()),
    maxWords: null,
    lenient: false,
  });
  return loaded.embedder.id;
}

/** Maps `words` (a one-column CSV) with `embedderId` by PCA. */
export async function mapWords(
  core: StudioCore,
  embedderId: string,
  words: readonly string[],
): Promise<MapResult> {
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(`word\n${words.join('\n')}\n`) });
  return mapOf(core, {
    datasetId: preview.datasetId,
    textColumn: 'word',
    labelColumn: null,
    embedderId,
    method: 'pca',
    dims: 2,
    seed: 1,
  });
}
