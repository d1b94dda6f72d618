/** UMAP's output-space kernel `1 / (1 + a·d^(2b))`, fitted to the user's minDist and spread. */
export interface CurveParams {
  readonly a: number;
  readonly b: number;
}

/** Sample points of the target curve over [0, 3·spread], as umap-learn's `find_ab_params` uses. */
const SAMPLES = 300;
/** Levenberg–Marquardt iterations; the two-parameter fit converges in well under 50 from a = b = 1. */
const MAX_ITERATIONS = 200;
/** Relative change of the squared error below which the fit has converged. */
const TOLERANCE = 1e-12;

/** The target membership: 1 inside minDist, then an exponential decay with scale `spread`. */
function target(x: number, minDist: number, spread: number): number {
  return x < minDist ? 1 : Math.exp(-(x - minDist) / spread);
}

/** Sum of squared residuals of `1 / (1 + a·x^(2b))` against the target. */
function squaredError(xs: Float64Array, ys: Float64Array, a: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    const r = 1 / (1 + a * (x > 0 ? Math.pow(x, 2 * b) : 0)) - (ys[i] ?? 0);
    sum += r * r;
  }
  return sum;
}

/** Normal equations JᵀJ (packed as [aa, ab, bb]) and Jᵀr of the residuals at (a, b). */
function normalEquations(xs: Float64Array, ys: Float64Array, a: number, b: number): Float64Array {
  const out = new Float64Array(5);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    if (x <= 0) continue; // f(0) = 1 whatever a and b are: no gradient, and the target there is 1 too.
    const u = Math.pow(x, 2 * b);
    const g = 1 / (1 + a * u);
    const r = g - (ys[i] ?? 0);
    const ja = -u * g * g;
    const jb = -a * u * 2 * Math.log(x) * g * g;
    out[0] = (out[0] ?? 0) + ja * ja;
    out[1] = (out[1] ?? 0) + ja * jb;
    out[2] = (out[2] ?? 0) + jb * jb;
    out[3] = (out[3] ?? 0) + ja * r;
    out[4] = (out[4] ?? 0) + jb * r;
  }
  return out;
}

/**
 * Fits `a` and `b` by least squares (Levenberg–Marquardt, as scipy's `curve_fit` in umap-learn), so the
 * layout's similarity kernel is ≈1 within `minDist` and decays with `spread` beyond it. minDist 0.1 and
 * spread 1 give a ≈ 1.577, b ≈ 0.895, umap-learn's well-known values.
 */
export function fitCurve(minDist: number, spread: number): CurveParams {
  const xs = Float64Array.from({ length: SAMPLES }, (_, i) => (3 * spread * i) / (SAMPLES - 1));
  const ys = xs.map((x) => target(x, minDist, spread));
  let a = 1;
  let b = 1;
  let lambda = 1e-3;
  let error = squaredError(xs, ys, a, b);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const [aa = 0, ab = 0, bb = 0, ra = 0, rb = 0] = normalEquations(xs, ys, a, b);
    // Solve (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr for the 2 × 2 system directly.
    const m00 = aa * (1 + lambda);
    const m11 = bb * (1 + lambda);
    const det = m00 * m11 - ab * ab;
    if (!(Math.abs(det) > 0)) break;
    const da = (-ra * m11 + rb * ab) / det;
    const db = (-rb * m00 + ra * ab) / det;
    const candidate = squaredError(xs, ys, a + da, b + db);
    if (candidate < error && a + da > 0 && b + db > 0) {
      const improvement = (error - candidate) / Math.max(error, Number.MIN_VALUE);
      a += da;
      b += db;
      error = candidate;
      lambda = Math.max(lambda / 10, 1e-12);
      if (improvement < TOLERANCE) break;
    } else {
      lambda *= 10;
      if (lambda > 1e12) break;
    }
  }
  return { a, b };
}
