import type { CsrMatrix } from '../../math/sparse-matrix';

/**
 * Context-distribution smoothing α = 0.75 (Levy, Goldberg & Dagan 2015): raising context counts to 3/4
 * before normalising lifts rare contexts' probability, which tames PMI's bias towards rare words — the same
 * exponent as word2vec's negative-sampling table.
 */
export const CONTEXT_SMOOTHING = 0.75;

/**
 * The positive PMI matrix of co-occurrence counts (keys `word · size + context`) as CSR, `size × size`:
 * PPMI(w, c) = max(0, log(n(w,c) · Σ_c' n(c')^α / (n(w) · n(c)^α))). Zero entries are not stored.
 */
export function ppmiMatrix(counts: ReadonlyMap<number, number>, size: number): CsrMatrix {
  const rowSums = new Float64Array(size);
  const colSums = new Float64Array(size);
  for (const [key, count] of counts) {
    const row = Math.floor(key / size);
    rowSums[row] = (rowSums[row] ?? 0) + count;
    colSums[key - row * size] = (colSums[key - row * size] ?? 0) + count;
  }
  const smoothed = colSums.map((sum) => Math.pow(sum, CONTEXT_SMOOTHING));
  let smoothedTotal = 0;
  for (const value of smoothed) smoothedTotal += value;
  const entries: { key: number; value: number }[] = [];
  for (const [key, count] of counts) {
    const row = Math.floor(key / size);
    const col = key - row * size;
    const pmi = Math.log((count * smoothedTotal) / ((rowSums[row] ?? 1) * (smoothed[col] ?? 1)));
    if (pmi > 0) entries.push({ key, value: pmi });
  }
  entries.sort((a, b) => a.key - b.key);
  return toCsr(entries, size);
}

function toCsr(entries: readonly { key: number; value: number }[], size: number): CsrMatrix {
  const rowStart = new Int32Array(size + 1);
  const indices = new Int32Array(entries.length);
  const values = new Float32Array(entries.length);
  entries.forEach(({ key, value }, entry) => {
    const row = Math.floor(key / size);
    rowStart[row + 1] = (rowStart[row + 1] ?? 0) + 1;
    indices[entry] = key - row * size;
    values[entry] = value;
  });
  for (let row = 0; row < size; row++) rowStart[row + 1] = (rowStart[row + 1] ?? 0) + (rowStart[row] ?? 0);
  return { rows: size, cols: size, rowStart, indices, values };
}
