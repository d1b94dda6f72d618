import type { RandomSource } from '../math/random';

/**
 * Up to `size` distinct indices of `[0, count)`, ascending, chosen uniformly by a partial Fisher–Yates
 * shuffle; all of them when `count ≤ size`.
 */
export function seededSample(count: number, size: number, random: RandomSource): Int32Array {
  if (count <= size) return Int32Array.from({ length: count }, (_, i) => i);
  const pool = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (count - i));
    const chosen = pool[j] ?? 0;
    pool[j] = pool[i] ?? 0;
    pool[i] = chosen;
  }
  return pool.slice(0, size).sort();
}
