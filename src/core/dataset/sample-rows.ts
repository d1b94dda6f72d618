import type { SampleSpec } from '../../shared/contract';
import { createRandom, type RandomSource } from '../math/random';

/** `count` distinct items of `pool`, chosen uniformly by a partial Fisher–Yates shuffle (pool is reordered). */
function pick(pool: number[], count: number, random: RandomSource): number[] {
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random.next() * (pool.length - i));
    const chosen = pool[j] ?? 0;
    pool[j] = pool[i] ?? 0;
    pool[i] = chosen;
  }
  return pool.slice(0, count);
}

/**
 * Each group's share of `size`, proportional to its size: the floors, then one more for the groups with
 * the largest remainders (first-seen group first on ties), so each quota is within 1 of its exact share.
 */
export function quotas(sizes: readonly number[], size: number, total: number): number[] {
  const exact = sizes.map((count) => (count * size) / total);
  const result = exact.map(Math.floor);
  let left = size - result.reduce((sum, quota) => sum + quota, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  return result;
}

/**
 * A seeded random sample of `spec.size` of the `candidates` (row indexes), returned in ascending order so the
 * map keeps the file's order. With `strata` (one value per candidate), every value keeps its share of the
 * sample within ±1 row. Asking for at least as many rows as there are returns them all.
 */
export function sampleRows(
  candidates: readonly number[],
  spec: Pick<SampleSpec, 'size' | 'seed'>,
  strata: readonly string[] | null,
): number[] {
  if (spec.size >= candidates.length) return [...candidates];
  const random = createRandom(spec.seed);
  if (strata === null) return pick([...candidates], spec.size, random).sort((a, b) => a - b);
  const groups = new Map<string, number[]>();
  candidates.forEach((row, index) => {
    const key = strata[index] ?? '';
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  });
  const pools = [...groups.values()];
  const shares = quotas(
    pools.map((pool) => pool.length),
    spec.size,
    candidates.length,
  );
  return pools.flatMap((pool, index) => pick(pool, shares[index] ?? 0, random)).sort((a, b) => a - b);
}
