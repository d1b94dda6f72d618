import type { Cooperation } from '../jobs/cooperation';
import { kmeans } from './kmeans';
import { meanSilhouette, type SampleDistances } from './silhouette';
import type { UnitRows } from './unit-rows';

/** The range searched when the user asks for "auto": 2 groups is the least that says anything, 12 the most a legend and a class can read. */
export const AUTO_K_MIN = 2;
export const AUTO_K_MAX = 12;

/** Restarts per candidate k: the sample is small, and the silhouette only needs a good partition, not the best. */
const RESTARTS_PER_CANDIDATE = 3;

/** Each candidate k and its mean silhouette on the sample. */
export interface KChoice {
  readonly k: number;
  readonly scores: readonly { readonly k: number; readonly silhouette: number }[];
}

/**
 * Chooses k in [2, 12] (at most the sample's rows − 1) by the mean cosine silhouette of k-means on the sample:
 * the sample (≤ 2,000 rows, see the job) stands in for the map, so the choice costs the same on 100,000 items
 * as on 2,000. Ties keep the smaller k.
 */
export async function chooseK(
  sample: UnitRows,
  distances: SampleDistances,
  seed: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<KChoice> {
  const largest = Math.min(AUTO_K_MAX, sample.rows - 1);
  const scores: { k: number; silhouette: number }[] = [];
  let best = { k: Math.min(AUTO_K_MIN, sample.rows), silhouette: Number.NEGATIVE_INFINITY };
  for (let k = AUTO_K_MIN; k <= largest; k++) {
    const span = largest - AUTO_K_MIN + 1;
    const done = k - AUTO_K_MIN;
    const { labels } = await kmeans(sample, {
      k,
      seed,
      restarts: RESTARTS_PER_CANDIDATE,
      cooperation,
      onProgress: (fraction) => {
        onProgress((done + fraction) / span);
      },
    });
    const silhouette = meanSilhouette(distances, labels) ?? Number.NEGATIVE_INFINITY;
    scores.push({ k, silhouette });
    if (silhouette > best.silhouette) best = { k, silhouette };
  }
  onProgress(1);
  return { k: best.k, scores };
}
