/** Synthetic points and shapes shared by the benchmark page and its runner. */

/** What one renderer measured at one size. */
export interface BenchResult {
  /** From handing over the points to the first frame finished on the GPU (ms). */
  readonly firstFrameMs: number;
  /** Median time of one pan/zoom frame: camera change, draw and GPU sync (ms). */
  readonly frameMs: number;
  /** Median hover pick (ms); NaN where the library has no pick call to time. */
  readonly pickMs: number;
  /** One lasso selection over all points (ms), and how many it selected. */
  readonly lassoMs: number;
  readonly selected: number;
  /** Ours only: the fastest of the repeated lassoes (ms): the one least disturbed by other work. */
  readonly lassoMinMs?: number;
  /** Ours only: recolouring every point: the call and the draw that uploads it, on the main thread (ms). */
  readonly colorChangeMs?: number;
  /** Ours only: hiding a category (a filter), measured the same way (ms). */
  readonly filterChangeMs?: number;
  /** Ours only: labels of just-hidden points still drawn on the first frame after the filter (must be 0). */
  readonly hiddenLabelsAfterFilter?: number;
  /** Ours only: the longest main-thread task while layouts stream in (ms; 0 when none reached 50 ms). */
  readonly streamLongestTaskMs?: number;
  /** Ours only: the longest single call into the plot (setData, a draw, a slice of the hit grid) meanwhile (ms). */
  readonly streamLongestCallMs?: number;
  /** Ours only: labels on screen once the last streamed layout has settled (a large map's come in slices). */
  readonly labelsAfterStream?: number;
  /** Ours only: a 3D map turned and left to rest: the longest plot call and task until its labels show (ms). */
  readonly rest3dLongestCallMs?: number;
  readonly rest3dLongestTaskMs?: number;
  /** Ours only: labels on screen once the 3D camera rested (0: none came within the wait). */
  readonly labels3d?: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every renderer draws the same points. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clusters the shape of an embedding map: 12 Gaussian-ish blobs in [-1, 1]², coloured per cluster. */
export function syntheticPoints(count: number): {
  coords: Float32Array;
  colors: Uint8Array;
  texts: string[];
} {
  const next = random(42);
  const clusters = 12;
  const coords = new Float32Array(count * 2);
  const colors = new Uint8Array(count * 3);
  const texts = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const c = i % clusters;
    const angle = (c / clusters) * Math.PI * 2;
    const spread = 0.18 * Math.sqrt(-2 * Math.log(next() + 1e-12));
    const theta = next() * Math.PI * 2;
    coords[2 * i] = Math.max(-1, Math.min(1, 0.6 * Math.cos(angle) + spread * Math.cos(theta)));
    coords[2 * i + 1] = Math.max(-1, Math.min(1, 0.6 * Math.sin(angle) + spread * Math.sin(theta)));
    colors[3 * i] = (c * 67) % 256;
    colors[3 * i + 1] = (c * 131) % 256;
    colors[3 * i + 2] = (c * 199) % 256;
    texts[i] = `point ${i}`;
  }
  return { coords, colors, texts };
}

/**
 * A wobbly lasso of 600 vertices (one every few pixels, as a pointer draws it) around the middle of the map,
 * in data units (x, y interleaved). Every renderer maps it to its own screen, so all select the same points.
 */
export function benchLassoData(): number[] {
  const points: number[] = [];
  const steps = 600;
  for (let k = 0; k < steps; k++) {
    const angle = (k / steps) * Math.PI * 2;
    const r = 0.6 * (1 + 0.25 * Math.sin(angle * 5));
    points.push(r * Math.cos(angle), r * Math.sin(angle));
  }
  return points;
}

/** `lasso` (x, y interleaved) with every vertex passed through `map`. */
export function mapLasso(
  lasso: readonly number[],
  map: (x: number, y: number) => [number, number],
): number[] {
  const mapped: number[] = [];
  for (let k = 0; k + 1 < lasso.length; k += 2) mapped.push(...map(lasso[k] ?? 0, lasso[k + 1] ?? 0));
  return mapped;
}
