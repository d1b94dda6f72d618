import type { UnitRows } from '../../../src/core/clustering/unit-rows';
import { unitRows } from '../../../src/core/clustering/unit-rows';
import { createRandom } from '../../../src/core/math/random';

/** Planted data: the rows (unit-normalised) and each row's true group (−1 for a noise point). */
export interface PlantedData {
  readonly unit: UnitRows;
  readonly truth: Int32Array;
}

/**
 * `perCluster` points around each of `clusters` random centres in `dims` dimensions (centre coordinates
 * N(0, 3²), unit Gaussian spread: each group spans about 20° around its centre, the centres about 90°
 * apart), shuffled, plus `noise` points in uniformly random directions.
 */
export function plantedClusters(
  clusters: number,
  perCluster: number,
  dims: number,
  noise: number,
  seed: number,
): PlantedData {
  const random = createRandom(seed);
  const centres = Float64Array.from({ length: clusters * dims }, () => 3 * random.nextGaussian());
  const rows = clusters * perCluster + noise;
  const truth = Int32Array.from({ length: rows }, (_, row) =>
    row < clusters * perCluster ? row % clusters : -1,
  );
  // Shuffle so no method can profit from the order of the rows.
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [truth[i], truth[j]] = [truth[j] ?? 0, truth[i] ?? 0];
  }
  const data = new Float32Array(rows * dims);
  for (let row = 0; row < rows; row++) {
    const group = truth[row] ?? -1;
    for (let d = 0; d < dims; d++) {
      data[row * dims + d] =
        group < 0 ? random.nextGaussian() : (centres[group * dims + d] ?? 0) + random.nextGaussian();
    }
  }
  const norms = Float32Array.from({ length: rows }, (_, row) =>
    Math.hypot(...data.subarray(row * dims, (row + 1) * dims)),
  );
  return { unit: unitRows({ data, norms, rows, dimension: dims }), truth };
}
