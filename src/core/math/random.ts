/**
 * A small seeded pseudo-random generator, so that every random choice in the core (the SVD sketch, later
 * UMAP/t-SNE initialisation) is reproducible from the request's `seed` on every runtime.
 */

/** A source of uniform numbers in [0, 1). */
export interface RandomSource {
  /** The next uniform number in [0, 1). */
  next(): number;
  /** The next standard normal number (mean 0, variance 1). */
  nextGaussian(): number;
}

/** 2^32: turns a 32-bit unsigned integer into a fraction of one. */
const UINT32_RANGE = 4294967296;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state, passes PractRand to 2^32 outputs, which is
 * far more than one sketch needs, and is trivially portable. Gaussians come from Box–Muller.
 */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  let spareGaussian: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
  const nextGaussian = (): number => {
    if (spareGaussian !== null) {
      const value = spareGaussian;
      spareGaussian = null;
      return value;
    }
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spareGaussian = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return { next, nextGaussian };
}
