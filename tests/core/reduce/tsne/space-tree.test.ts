import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/math/random';
import { SpaceTree } from '../../../../src/core/reduce/tsne/space-tree';

/** Σ_j≠i q_ij and Σ_j≠i q_ij² (y_i − y_j) by brute force. */
function exactRepulsion(layout: Float64Array, dims: number, i: number): { sumQ: number; force: number[] } {
  const rows = layout.length / dims;
  const force = new Array<number>(dims).fill(0);
  let sumQ = 0;
  for (let j = 0; j < rows; j++) {
    if (j === i) continue;
    let d2 = 0;
    for (let d = 0; d < dims; d++) d2 += ((layout[i * dims + d] ?? 0) - (layout[j * dims + d] ?? 0)) ** 2;
    const q = 1 / (1 + d2);
    sumQ += q;
    for (let d = 0; d < dims; d++)
      force[d] = (force[d] ?? 0) + q * q * ((layout[i * dims + d] ?? 0) - (layout[j * dims + d] ?? 0));
  }
  return { sumQ, force };
}

describe('SpaceTree', () => {
  for (const dims of [2, 3] as const) {
    it(`matches brute-force repulsion exactly at theta 0 and closely at theta 0.5 (${dims}D)`, () => {
      const random = createRandom(dims);
      const rows = 300;
      const layout = Float64Array.from({ length: rows * dims }, () => 5 * random.nextGaussian());
      layout.set(layout.subarray(0, dims), dims); // a duplicate point
      const tree = new SpaceTree(dims, rows);
      tree.build(layout, rows);
      for (const i of [0, 7, 150]) {
        const exact = exactRepulsion(layout, dims, i);
        const force = new Float64Array(3);
        // Each point also meets itself (q = 1, no force): t-SNE subtracts those N terms from Z.
        expect(tree.repulsion(layout, i, 0, force) - 1).toBeCloseTo(exact.sumQ, 9);
        for (let d = 0; d < dims; d++) expect(force[d]).toBeCloseTo(exact.force[d] ?? 0, 9);
        force.fill(0);
        const approximate = tree.repulsion(layout, i, 0.25, force) - 1;
        expect(Math.abs(approximate - exact.sumQ) / exact.sumQ).toBeLessThan(0.02);
      }
    });
  }
});
