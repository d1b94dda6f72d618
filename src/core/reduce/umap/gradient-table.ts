import type { CurveParams } from './curve-fit';

/** Weight of repulsion against attraction (umap-learn's `repulsion_strength`, gamma). */
const REPULSION = 1;
/** Keeps the repulsive gradient finite as two points meet (umap-learn's 0.001, in squared layout units). */
const REPULSION_EPSILON = 0.001;

/**
 * Mantissa bits of a float32 squared distance that pick a table segment: 2⁷ segments per octave, so linear
 * interpolation inside a segment stays within 1e-4 relative of the formulas for every fitted curve (measured
 * worst 4e-5; 2⁶ segments reach 1.6e-4 for a small minDist), far below the SGD's own sampling noise. The two
 * tables take 64 KiB, which stays in cache beside the layout: 2⁸ segments (128 KiB) measured slower.
 */
const MANTISSA_BITS = 7;
/** Bits below the segment index: the float's 23 mantissa bits minus those that pick the segment. */
const FRACTION_BITS = 23 - MANTISSA_BITS;
/** 2⁻¹⁵: turns the low mantissa bits into the position inside a segment, in [0, 1). */
const FRACTION_SCALE = 1 / (1 << FRACTION_BITS);
/**
 * The table covers squared layout distances in [2⁻¹⁶, 2¹⁶): from 0.004 to 256 layout units apart, where
 * practically every sample falls (the layout starts in a ±10 box). Outside, the exact formula is used.
 */
const LOWEST_EXPONENT = -16;
const OCTAVES = 32;
/** float32 exponent bias. */
const EXPONENT_BIAS = 127;
/** The first covered `bits >>> FRACTION_BITS` value: the float32 bits of 2⁻¹⁶, shifted. */
const FIRST_KEY = (EXPONENT_BIAS + LOWEST_EXPONENT) << MANTISSA_BITS;
/** Segments covered; the tables hold one more sample so the last segment can interpolate. */
const SEGMENTS = OCTAVES << MANTISSA_BITS;

/** Scratch for reading a float32's bits: one element, shared by every lookup (the core is single-threaded). */
const floatView = new Float32Array(1);
const bitsView = new Int32Array(floatView.buffer);

/**
 * UMAP's two gradient coefficients as functions of the squared layout distance d², for a fitted curve:
 *   attraction −2ab·d^(2(b−1)) / (1 + a·d^(2b)) and repulsion 2γb / ((ε + d²)(1 + a·d^(2b))).
 * Each costs a power (an exp and a log) per sample, and they were three quarters of the SGD's time; both are
 * tabulated here once per run at 129 points per octave of d² and read back by the float's own bits (exponent
 * and top mantissa bits give the segment, the low bits the position in it). Deterministic on every machine:
 * the tables are computed with the same arithmetic everywhere and the lookup is exact integer work.
 */
export class GradientTable {
  private readonly attraction: Float64Array;
  private readonly repulsion: Float64Array;

  constructor(private readonly curve: CurveParams) {
    this.attraction = new Float64Array(SEGMENTS + 1);
    this.repulsion = new Float64Array(SEGMENTS + 1);
    for (let i = 0; i <= SEGMENTS; i++) {
      const octave = Math.floor(i / (1 << MANTISSA_BITS));
      const mantissa = 1 + (i % (1 << MANTISSA_BITS)) / (1 << MANTISSA_BITS);
      const d2 = mantissa * 2 ** (LOWEST_EXPONENT + octave);
      this.attraction[i] = this.exactAttraction(d2);
      this.repulsion[i] = this.exactRepulsion(d2);
    }
  }

  /** The attraction coefficient at squared distance `d2` > 0 (multiply by the offset to get the gradient). */
  attract(d2: number): number {
    floatView[0] = d2;
    const bits = bitsView[0] ?? 0;
    const key = (bits >>> FRACTION_BITS) - FIRST_KEY;
    if (key < 0 || key >= SEGMENTS) return this.exactAttraction(d2);
    const low = this.attraction[key] ?? 0;
    return (
      low + ((this.attraction[key + 1] ?? 0) - low) * (bits & ((1 << FRACTION_BITS) - 1)) * FRACTION_SCALE
    );
  }

  /** The repulsion coefficient at squared distance `d2` > 0. */
  repel(d2: number): number {
    floatView[0] = d2;
    const bits = bitsView[0] ?? 0;
    const key = (bits >>> FRACTION_BITS) - FIRST_KEY;
    if (key < 0 || key >= SEGMENTS) return this.exactRepulsion(d2);
    const low = this.repulsion[key] ?? 0;
    return (
      low + ((this.repulsion[key + 1] ?? 0) - low) * (bits & ((1 << FRACTION_BITS) - 1)) * FRACTION_SCALE
    );
  }

  /** The attraction coefficient by the formula; exp(y·ln x) rather than Math.pow, about half its cost in V8. */
  exactAttraction(d2: number): number {
    const { a, b } = this.curve;
    const powered = Math.exp((b - 1) * Math.log(d2));
    return (-2 * a * b * powered) / (a * powered * d2 + 1);
  }

  /** The repulsion coefficient by the formula. */
  exactRepulsion(d2: number): number {
    const { a, b } = this.curve;
    return (2 * REPULSION * b) / ((REPULSION_EPSILON + d2) * (a * Math.exp(b * Math.log(d2)) + 1));
  }
}
