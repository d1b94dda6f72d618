/**
 * Orders for a similarity heatmap: pure functions on a row-major `n × n` similarity matrix (higher = more
 * alike), returning a permutation of 0 … n−1.
 */

/** The items by descending similarity to `anchor` (the anchor itself first); ties keep the original order. */
export function orderBySimilarityTo(values: Float32Array, n: number, anchor: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      Number(b === anchor) - Number(a === anchor) ||
      (values[anchor * n + b] ?? 0) - (values[anchor * n + a] ?? 0) ||
      a - b,
  );
}

/**
 * Greedy seriation (a nearest-neighbour chain): start from the item least like the others on average (an end
 * of the chain, not its middle), then repeatedly append the unplaced item most similar to the last one placed.
 * Similar items end up adjacent, so groups show as blocks on the diagonal. O(n²), fine for the heatmap's ≤ 200.
 */
export function greedySeriation(values: Float32Array, n: number): number[] {
  if (n === 0) return [];
  let start = 0;
  let lowest = Infinity;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== i) sum += values[i * n + j] ?? 0;
    if (sum < lowest) {
      lowest = sum;
      start = i;
    }
  }
  const placed = new Uint8Array(n);
  const order = [start];
  placed[start] = 1;
  while (order.length < n) {
    const last = order[order.length - 1] ?? 0;
    let best = -1;
    let bestValue = -Infinity;
    for (let j = 0; j < n; j++) {
      if (placed[j] === 1) continue;
      const value = values[last * n + j] ?? 0;
      if (value > bestValue) {
        bestValue = value;
        best = j;
      }
    }
    order.push(best);
    placed[best] = 1;
  }
  return order;
}
