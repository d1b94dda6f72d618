import type { Cooperation } from '../jobs/cooperation';
import type { RandomSource } from '../math/random';
import { centreSquaresOf, centroidDistance } from './centroid-distance';
import type { UnitRows } from './unit-rows';

/**
 * k-means++ seeding (Arthur & Vassilvitskii, 2007): the first centre is a uniformly random row, each next one a
 * row drawn with probability proportional to its squared distance to the nearest centre chosen so far. This
 * spreads the starting centres over the groups, so Lloyd's iterations rarely end in a poor local optimum.
 * Returns `k × cols` centres, row-major.
 */
export async function kmeansPlusPlus(
  unit: UnitRows,
  squares: Float64Array,
  k: number,
  random: RandomSource,
  cooperation: Cooperation,
): Promise<Float64Array> {
  const { rows, cols } = unit;
  const centres = new Float64Array(k * cols);
  const copyRow = (row: number, centre: number): void => {
    for (let c = 0; c < cols; c++) centres[centre * cols + c] = unit.data[row * cols + c] ?? 0;
  };
  copyRow(Math.floor(random.next() * rows), 0);
  const nearest = new Float64Array(rows).fill(Number.POSITIVE_INFINITY);
  for (let chosen = 1; chosen < k; chosen++) {
    const centreSquares = centreSquaresOf(centres, chosen, cols);
    let total = 0;
    for (let row = 0; row < rows; row++) {
      const distance = centroidDistance(unit, row, squares[row] ?? 0, centres, centreSquares, chosen - 1);
      if (distance < (nearest[row] ?? 0)) nearest[row] = distance;
      total += nearest[row] ?? 0;
      if ((row & 255) === 255) await cooperation.checkpoint();
    }
    copyRow(drawProportional(nearest, total, random), chosen);
  }
  return centres;
}

/** A row drawn with probability `weights[row] / total`; uniform when every weight is 0 (all rows coincide). */
function drawProportional(weights: Float64Array, total: number, random: RandomSource): number {
  if (!(total > 0)) return Math.floor(random.next() * weights.length);
  let target = random.next() * total;
  for (let row = 0; row < weights.length; row++) {
    target -= weights[row] ?? 0;
    if (target < 0) return row;
  }
  // Rounding left a sliver past the last row: take the last row with any weight.
  for (let row = weights.length - 1; row >= 0; row--) if ((weights[row] ?? 0) > 0) return row;
  return weights.length - 1;
}
