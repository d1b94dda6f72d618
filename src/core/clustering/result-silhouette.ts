import type { Cooperation } from '../jobs/cooperation';
import { createRandom } from '../math/random';
import { seededSample } from './seeded-sample';
import { meanSilhouette, sampleDistances, type SampleDistances } from './silhouette';
import { pickRows, type UnitRows } from './unit-rows';

/**
 * At most 2,000 items take part in a silhouette: its pairwise distances cost sample² · dims (2,000² × 384 ≈
 * 1.5 · 10⁹ multiply-adds, about a second) and 16 MB, and the mean over 2,000 items is within about ±0.02 of
 * the full one (its standard error), far finer than the differences that pick k.
 */
export const SILHOUETTE_SAMPLE = 2000;

/** A seeded sample of rows and their pairwise cosine distances. */
export interface DistanceSample {
  readonly rows: Int32Array;
  readonly unit: UnitRows;
  readonly distances: SampleDistances;
}

/** Samples up to {@link SILHOUETTE_SAMPLE} of `candidates` (all rows when omitted) and measures their distances. */
export async function distanceSample(
  unit: UnitRows,
  seed: number,
  cooperation: Cooperation,
  candidates?: Int32Array,
): Promise<DistanceSample> {
  const pool = candidates ?? Int32Array.from({ length: unit.rows }, (_, i) => i);
  const picked = seededSample(pool.length, SILHOUETTE_SAMPLE, createRandom(seed));
  const rows = picked.map((i) => pool[i] ?? 0);
  const sampled = pickRows(unit, rows);
  return { rows, unit: sampled, distances: await sampleDistances(sampled, cooperation) };
}

/** The mean silhouette of `labels` on a sample's rows (noise left out), or null with fewer than two clusters. */
export function silhouetteOnSample(sample: DistanceSample, labels: Int32Array): number | null {
  return meanSilhouette(
    sample.distances,
    sample.rows.map((row) => labels[row] ?? -1),
  );
}

/** The rows that belong to a cluster (label ≥ 0). */
export function clusteredRows(labels: Int32Array): Int32Array {
  const rows: number[] = [];
  labels.forEach((label, row) => {
    if (label >= 0) rows.push(row);
  });
  return Int32Array.from(rows);
}
