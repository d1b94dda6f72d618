import { describe, expect, it } from 'vitest';
import {
  indexReverseEdges,
  sampleCandidateRows,
  slotPriority,
  type CandidateSamplingInput,
} from '../../../src/core/knn/candidate-sampling';
import { NeighborHeaps } from '../../../src/core/knn/neighbor-heaps';
import { createRandom } from '../../../src/core/math/random';

/** A random graph: every row lists k distinct other rows, each flagged new or old at random. */
function randomGraph(rows: number, k: number, seed: number): NeighborHeaps {
  const random = createRandom(seed);
  const graph = new NeighborHeaps(rows, k);
  for (let row = 0; row < rows; row++) {
    const taken = new Set<number>([row]);
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      let other = row;
      while (taken.has(other)) other = Math.floor(random.next() * rows);
      taken.add(other);
      graph.indices[slot] = other;
      graph.distances[slot] = random.next();
      graph.flags[slot] = random.next() < 0.5 ? 1 : 0;
    }
  }
  return graph;
}

/** The sampling as first written: one scan over every edge, offering each to both ends in slot order. */
function scanEveryEdge(input: CandidateSamplingInput, fresh: NeighborHeaps, old: NeighborHeaps): void {
  const { rows, k, graph, key } = input;
  for (let row = 0; row < rows; row++) {
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      const other = graph.indices[slot] ?? -1;
      if (other < 0) continue;
      const target = graph.flags[slot] === 1 ? fresh : old;
      target.push(row, other, slotPriority(key, slot), 0);
      target.push(other, row, slotPriority(key, slot), 0);
    }
  }
}

describe('candidate sampling', () => {
  const rows = 300;
  const k = 12;
  const width = 8;
  const graph = randomGraph(rows, k, 5);

  const input = (): { input: CandidateSamplingInput; fresh: NeighborHeaps; old: NeighborHeaps } => {
    const fresh = new NeighborHeaps(rows, width);
    const old = new NeighborHeaps(rows, width);
    const reverse = { starts: new Int32Array(rows + 1), slots: new Int32Array(rows * k) };
    indexReverseEdges(graph.indices, rows, reverse);
    const sampling: CandidateSamplingInput = {
      rows,
      k,
      width,
      graph: graph.arrays(),
      fresh: fresh.arrays(),
      old: old.arrays(),
      key: 123456789,
      reverse,
    };
    return { input: sampling, fresh, old };
  };

  it('indexes every edge under the row it points to, in slot order', () => {
    const { input: sampling } = input();
    const { starts, slots } = sampling.reverse;
    expect(starts[rows]).toBe(rows * k);
    for (let row = 0; row < rows; row++) {
      const incoming = Array.from(slots.subarray(starts[row], starts[row + 1]));
      const expected: number[] = [];
      graph.indices.forEach((other, slot) => {
        if (other === row) expected.push(slot);
      });
      expect(incoming).toEqual(expected);
    }
  });

  it('fills the same candidate heaps as a scan of every edge, however the rows are split', () => {
    const reference = input();
    scanEveryEdge(reference.input, reference.fresh, reference.old);
    for (const cuts of [
      [0, rows],
      [0, 1, 150, 299, rows],
      [0, 77, 78, 200, rows],
    ]) {
      const split = input();
      for (let i = 0; i + 1 < cuts.length; i++)
        sampleCandidateRows(split.input, cuts[i] ?? 0, cuts[i + 1] ?? 0);
      expect(split.fresh.indices).toEqual(reference.fresh.indices);
      expect(split.fresh.distances).toEqual(reference.fresh.distances);
      expect(split.old.indices).toEqual(reference.old.indices);
      expect(split.old.distances).toEqual(reference.old.distances);
    }
    // Sampling kept at most `width` of each row's ~2k offers, and some rows did have more.
    expect(reference.fresh.indices.filter((index) => index >= 0).length).toBeGreaterThan(rows * width * 0.5);
  });
});
