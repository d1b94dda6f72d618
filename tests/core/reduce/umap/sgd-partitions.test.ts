import { describe, expect, it } from 'vitest';
import { fitCurve } from '../../../../src/core/reduce/umap/curve-fit';
import { runSgdPartitions, type SgdEpochInput } from '../../../../src/core/reduce/umap/sgd-partitions';

/** A ring of `rows` points in 2D, each row joined to its two ring neighbours both ways (sorted by head). */
function ringInput(rows: number, partitions: number): SgdEpochInput {
  const heads: number[] = [];
  const tails: number[] = [];
  for (let r = 0; r < rows; r++) {
    heads.push(r, r);
    tails.push((r + 1) % rows, (r + rows - 1) % rows);
  }
  const layout = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    layout[2 * r] = 10 * Math.cos((2 * Math.PI * r) / rows);
    layout[2 * r + 1] = 10 * Math.sin((2 * Math.PI * r) / rows);
  }
  const partitionRows = Int32Array.from({ length: partitions + 1 }, (_, p) =>
    Math.floor((rows * p) / partitions),
  );
  const edges = heads.length;
  const { a, b } = fitCurve(0.1, 1);
  return {
    layout,
    snapshot: layout.slice(),
    heads: Int32Array.from(heads),
    tails: Int32Array.from(tails),
    epochsPerSample: new Float64Array(edges).fill(1),
    nextSample: new Float64Array(edges),
    negativeEvery: new Float64Array(edges).fill(0.2),
    nextNegative: new Float64Array(edges),
    partitionRows,
    partitionEdges: Int32Array.from(partitionRows, (row) => 2 * row),
    randomStates: Int32Array.from({ length: partitions }, (_, p) => 2 * p + 1),
    dims: 2,
    epoch: 1,
    alpha: 0.5,
    a,
    b,
  };
}

describe('runSgdPartitions', () => {
  it('moves only the rows of the partitions it runs, and each of them', () => {
    const input = ringInput(40, 4);
    const before = input.layout.slice();
    runSgdPartitions(input, 1, 2);
    for (let r = 0; r < 40; r++) {
      const moved = input.layout[2 * r] !== before[2 * r] || input.layout[2 * r + 1] !== before[2 * r + 1];
      expect(moved, `row ${r}`).toBe(r >= 10 && r < 20);
    }
  });

  it('gives the same bytes whether the partitions run together or one range at a time, in any order', () => {
    const together = ringInput(40, 4);
    runSgdPartitions(together, 0, 4);
    const split = ringInput(40, 4);
    runSgdPartitions(split, 2, 4);
    runSgdPartitions(split, 0, 2);
    expect(Array.from(split.layout)).toEqual(Array.from(together.layout));
    expect(Array.from(split.randomStates)).toEqual(Array.from(together.randomStates));
  });

  it('pulls the ring in without repulsion: every point ends nearer the centre, the ring shorter', () => {
    const input = {
      ...ringInput(40, 4),
      alpha: 0.05,
      nextNegative: new Float64Array(80).fill(1e9),
    };
    const radius = (layout: Float32Array, r: number): number =>
      Math.hypot(layout[2 * r] ?? 0, layout[2 * r + 1] ?? 0);
    const before = input.layout.slice();
    runSgdPartitions(input, 0, 4);
    for (let r = 0; r < 40; r++) expect(radius(input.layout, r)).toBeLessThan(radius(before, r));
  });
});
