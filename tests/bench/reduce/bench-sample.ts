import { createRandom } from '../../../src/core/math/random';

/**
 * A seeded random sample of `count` rows, ascending. Not evenly spaced: the synthetic clusters are assigned
 * by `row % 10`, so every fifth row would hold only two clusters and skew the metrics.
 */
export function sampleOf(count: number, rows: number, seed: number): Int32Array {
  const random = createRandom(seed);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const size = Math.min(count, rows);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (rows - i));
    const row = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = row;
  }
  return order.slice(0, size).sort();
}

/** The sampled rows of a row-major matrix, in sample order. */
export function sampleRows(data: Float32Array, cols: number, rows: Int32Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(rows.length * cols);
  rows.forEach((row, i) => {
    out.set(data.subarray(row * cols, (row + 1) * cols), i * cols);
  });
  return out;
}
