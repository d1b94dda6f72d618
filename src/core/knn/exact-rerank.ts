import type { NeighborHeaps } from './neighbor-heaps';
import { reportedDistance, searchDistance, type VectorSpace } from './vector-space';

/**
 * Each row's candidates from an approximate search, with their exact distances (the f32 kernel on the
 * space's rows) and sorted by them, nearest first (ties by row number): the search ranks with quantised
 * distances, and this puts the neighbours it kept in their true order and gives the graph true distances.
 * Distances come out in the metric's own units ({@link reportedDistance}).
 */
export function rerankExactly(
  heaps: NeighborHeaps,
  space: VectorSpace,
): { indices: Int32Array; distances: Float32Array } {
  const { rows, k } = heaps;
  const indices = new Int32Array(rows * k);
  const distances = new Float32Array(rows * k);
  const rowIndices = new Int32Array(k);
  const rowDistances = new Float64Array(k);
  for (let row = 0; row < rows; row++) {
    let count = 0;
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      const index = heaps.indices[slot] ?? -1;
      if (index < 0) continue;
      const distance = searchDistance(space, row, index);
      // Insertion into the sorted prefix: k is a few dozen at most.
      let at = count++;
      while (at > 0 && precedes(distance, index, rowDistances[at - 1] ?? 0, rowIndices[at - 1] ?? 0)) {
        rowDistances[at] = rowDistances[at - 1] ?? 0;
        rowIndices[at] = rowIndices[at - 1] ?? 0;
        at--;
      }
      rowDistances[at] = distance;
      rowIndices[at] = index;
    }
    for (let i = 0; i < k; i++) {
      indices[row * k + i] = i < count ? (rowIndices[i] ?? -1) : -1;
      distances[row * k + i] = i < count ? reportedDistance(space, rowDistances[i] ?? 0) : Infinity;
    }
  }
  return { indices, distances };
}

function precedes(distance: number, index: number, otherDistance: number, otherIndex: number): boolean {
  return distance < otherDistance || (distance === otherDistance && index < otherIndex);
}
