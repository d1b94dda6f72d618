import type { TsneParams } from '../../../shared/contract';
import type { Cooperation } from '../../jobs/cooperation';
import { uninterruptible } from '../../jobs/cooperation';
import { knnOfSpace } from '../../knn/knn-graph';
import { prepareVectorSpace, type VectorSpace } from '../../knn/vector-space';
import type { EmbeddingMatrix, LayoutCoordinates } from '../../math/matrix-types';
import { toLayoutCoordinates } from '../../math/matrix-types';
import { initialLayout } from '../umap/initial-layout';
import { LayoutStream } from '../umap/layout-stream';
import { createDescentState, runPhase } from './gradient-descent';
import { perplexityAffinities } from './perplexity-affinities';
import {
  effectivePerplexity,
  iterationCount,
  learningRateFor,
  neighborCount,
  phasesFor,
} from './tsne-schedule';
import { trivialLayout } from './trivial-layout';

/** The stages t-SNE reports progress for. */
export type TsneStage = 'knn' | 'affinities' | 'iterations';

/** What {@link tsne} needs besides the vectors. */
export interface TsneOptions extends TsneParams {
  readonly dims: 2 | 3;
  /** Seeds the kNN search and the initial layout's jitter: the same seed gives the same bytes. */
  readonly seed: number;
  readonly cooperation?: Cooperation;
  /** Share of the whole reduction finished, in [0, 1], and the stage it is in. */
  readonly onProgress?: (fraction: number, stage: TsneStage) => void;
  /**
   * Intermediate layouts (a copy the callee may keep), at most five per second: the first right after the
   * initialisation, the last the final layout.
   */
  readonly onLayout?: (coords: Float32Array<ArrayBuffer>, iteration: number, totalIterations: number) => void;
}

/** A t-SNE layout and the settings it ended up using. */
export interface TsneResult {
  readonly coordinates: LayoutCoordinates;
  readonly iterations: number;
  /** The perplexity used: the requested one, clamped to (N − 1) / 3 for small data. */
  readonly perplexity: number;
  readonly learningRate: number;
}

/**
 * Where each stage sits in the reduction's progress, measured at 10,000 × 384 with perplexity 30: the
 * 90-neighbour graph about half of the time, the affinities a few per cent, the iterations the rest.
 */
const SPANS = { knn: [0, 0.5], affinities: [0.5, 0.53], iterations: [0.53, 1] } as const;

/** openTSNE scales its PCA initialisation so the first axis has this standard deviation (layout units). */
const INITIAL_STD = 1e-4;

/**
 * Barnes–Hut t-SNE (van der Maaten 2014) as openTSNE and scikit-learn run it: perplexity-calibrated
 * affinities over a 3·perplexity-neighbour graph (exact or NN-descent, cosine or euclidean), symmetrised;
 * a PCA start scaled to a standard deviation of 1e-4; 250 iterations of early exaggeration 12 at momentum
 * 0.5, then momentum 0.8; per-coordinate gains; learning rate "auto". Three rows or fewer get a trivial
 * layout. Throws `invalid-vectors` on NaN/Infinity and `cancelled` when the cooperation's signal aborts.
 */
export async function tsne(matrix: EmbeddingMatrix, options: TsneOptions): Promise<TsneResult> {
  const cooperation = options.cooperation ?? uninterruptible();
  const report = options.onProgress ?? (() => undefined);
  const space = prepareVectorSpace(matrix, options.metric);
  const { rows } = matrix;
  const iterations = iterationCount(options.iterations);
  const learningRate = learningRateFor(options.learningRate, rows);
  const perplexity = effectivePerplexity(options.perplexity, rows);
  if (rows <= 3) {
    const coordinates = trivialLayout(matrix, options.dims);
    options.onLayout?.(new Float32Array(coordinates.data), iterations, iterations);
    return { coordinates, iterations, perplexity, learningRate };
  }
  const knn = await knnOfSpace(space, {
    k: neighborCount(perplexity, rows),
    metric: options.metric,
    seed: options.seed,
    cooperation,
    onProgress: (fraction) => {
      report(span('knn', fraction), 'knn');
    },
  });
  const affinities = perplexityAffinities(knn, perplexity, space.cosine);
  report(span('affinities', 0.5), 'affinities');
  const layout = await startLayout(space, options.dims, options.seed, cooperation);
  report(span('affinities', 1), 'affinities');
  const state = createDescentState(layout, options.dims, affinities, learningRate);
  const snapshot = new Float32Array(layout.length);
  const stream = new LayoutStream(snapshot, iterations, options.onLayout);
  snapshot.set(layout);
  stream.emit(0);
  let done = 0;
  for (const phase of phasesFor(iterations)) {
    await runPhase(state, phase, cooperation, () => {
      done++;
      report(span('iterations', done / iterations), 'iterations');
      if (options.onLayout === undefined) return;
      snapshot.set(layout);
      stream.offer(done);
    });
  }
  const coords = Float32Array.from(layout);
  snapshot.set(coords);
  stream.emit(iterations);
  return {
    coordinates: toLayoutCoordinates(coords, rows, options.dims),
    iterations,
    perplexity,
    learningRate,
  };
}

function span(stage: TsneStage, fraction: number): number {
  const [start, end] = SPANS[stage];
  return start + (end - start) * fraction;
}

/**
 * The rows' top principal axes (UMAP's deterministic PCA start, with its tiny seeded jitter that separates
 * duplicates) rescaled so the first axis has standard deviation {@link INITIAL_STD}, as openTSNE does: small
 * enough that early exaggeration, not the start, decides the clusters.
 */
async function startLayout(
  space: VectorSpace,
  dims: 2 | 3,
  seed: number,
  cooperation: Cooperation,
): Promise<Float64Array> {
  const start = await initialLayout(space, dims, seed, cooperation);
  const rows = space.rows;
  let mean = 0;
  for (let r = 0; r < rows; r++) mean += start[r * dims] ?? 0;
  mean /= rows;
  let variance = 0;
  for (let r = 0; r < rows; r++) variance += ((start[r * dims] ?? 0) - mean) ** 2;
  const std = Math.sqrt(variance / rows);
  const scale = std > 0 ? INITIAL_STD / std : 1;
  return Float64Array.from(start, (value) => value * scale);
}
