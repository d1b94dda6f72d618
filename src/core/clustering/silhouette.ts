import type { Cooperation } from '../jobs/cooperation';
import { rowDot, type UnitRows } from './unit-rows';

/**
 * Cosine distances (1 − cos θ) between every pair of a sample of rows, `size × size`, computed once so that
 * the silhouette of many candidate partitions of the same sample costs size² additions each, not size² · dims.
 */
export interface SampleDistances {
  readonly size: number;
  readonly values: Float32Array;
}

/** The pairwise cosine distances of the unit rows `sample` (all rows of a small map, or a seeded sample). */
export async function sampleDistances(unit: UnitRows, cooperation: Cooperation): Promise<SampleDistances> {
  const size = unit.rows;
  const values = new Float32Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = a + 1; b < size; b++) {
      const distance = 1 - rowDot(unit, a, b);
      values[a * size + b] = distance;
      values[b * size + a] = distance;
    }
    if ((a & 15) === 15) await cooperation.checkpoint();
  }
  return { size, values };
}

/**
 * The mean silhouette (Rousseeuw, 1987) of a partition of the sample: for each item, a = its mean distance to
 * the rest of its cluster, b = its smallest mean distance to another cluster, s = (b − a) / max(a, b); an item
 * alone in its cluster scores 0. Items labelled −1 (noise) are left out entirely. Null when fewer than two
 * clusters remain.
 */
export function meanSilhouette(distances: SampleDistances, labels: ArrayLike<number>): number | null {
  const { size, values } = distances;
  let clusterCount = 0;
  for (let i = 0; i < size; i++) clusterCount = Math.max(clusterCount, (labels[i] ?? -1) + 1);
  const sizes = new Int32Array(clusterCount);
  for (let i = 0; i < size; i++) {
    const label = labels[i] ?? -1;
    if (label >= 0) sizes[label] = (sizes[label] ?? 0) + 1;
  }
  if (sizes.filter((count) => count > 0).length < 2) return null;
  const sums = new Float64Array(clusterCount);
  let total = 0;
  let counted = 0;
  for (let i = 0; i < size; i++) {
    const own = labels[i] ?? -1;
    if (own < 0) continue;
    counted++;
    if ((sizes[own] ?? 0) < 2) continue;
    sums.fill(0);
    for (let j = 0; j < size; j++) {
      const label = labels[j] ?? -1;
      if (label >= 0) sums[label] = (sums[label] ?? 0) + (values[i * size + j] ?? 0);
    }
    const a = (sums[own] ?? 0) / ((sizes[own] ?? 2) - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let label = 0; label < clusterCount; label++) {
      if (label === own || (sizes[label] ?? 0) === 0) continue;
      b = Math.min(b, (sums[label] ?? 0) / (sizes[label] ?? 1));
    }
    const larger = Math.max(a, b);
    total += larger > 0 ? (b - a) / larger : 0;
  }
  return total / counted;
}
