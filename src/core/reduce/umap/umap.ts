import type { UmapParams } from '../../../shared/contract';
import type { Cooperation } from '../../jobs/cooperation';
import { uninterruptible } from '../../jobs/cooperation';
import { knnOfSpace, type KnnGraph } from '../../knn/knn-graph';
import { prepareVectorSpace, type VectorSpace } from '../../knn/vector-space';
import type { EmbeddingMatrix, LayoutCoordinates } from '../../math/matrix-types';
import type { ParallelExecutor } from '../../parallel/parallel-executor';
import { toLayoutCoordinates } from '../../math/matrix-types';
import { fitCurve } from './curve-fit';
import { edgeSchedule, epochCount } from './epoch-schedule';
import { fuzzyGraph } from './fuzzy-graph';
import { initialLayout } from './initial-layout';
import { optimizeLayout } from './optimize-layout';
import { LayoutStream } from './layout-stream';

/** The stages UMAP reports progress for. */
export type UmapStage = 'knn' | 'graph' | 'epochs';

/** What {@link umap} needs besides the vectors. */
export interface UmapOptions extends UmapParams {
  readonly dims: 2 | 3;
  /** Seeds the kNN search, the initial jitter and negative sampling: the same seed gives the same bytes. */
  readonly seed: number;
  readonly cooperation?: Cooperation;
  /** Threads for the kNN search and the SGD; the layout is the same bytes with any executor (default: this thread). */
  readonly executor?: ParallelExecutor;
  /** Share of the whole reduction finished, in [0, 1], and the stage it is in. */
  readonly onProgress?: (fraction: number, stage: UmapStage) => void;
  /**
   * Intermediate layouts (a copy the callee may keep), at most a few per second: the first right after the
   * initialisation, the last the final layout.
   */
  readonly onLayout?: (coords: Float32Array<ArrayBuffer>, epoch: number, totalEpochs: number) => void;
}

/** A UMAP layout and the neighbour graph it was built on (kept for neighbour panels and quality). */
export interface UmapResult {
  readonly coordinates: LayoutCoordinates;
  /** Null for the trivial layouts of fewer than three rows. */
  readonly knn: KnnGraph | null;
  readonly epochs: number;
}

/**
 * Where each stage sits in the reduction's progress, measured at 10,000 × 384 (200 epochs): the kNN search
 * about a quarter, the fuzzy graph and the initial layout a tenth, the epochs the rest.
 */
const SPANS = { knn: [0, 0.25], graph: [0.25, 0.35], epochs: [0.35, 1] } as const;

/**
 * UMAP (McInnes, Healy & Melville 2018) as umap-learn computes it: kNN graph (exact or NN-descent), smooth
 * kNN distances, fuzzy union, a/b fitted to minDist and spread, then SGD with negative sampling from a PCA
 * start. `neighbors` counts the row itself, as in umap-learn, and is clamped to the number of rows.
 * Throws `invalid-vectors` on NaN/Infinity and `cancelled` when the cooperation's signal aborts.
 */
export async function umap(matrix: EmbeddingMatrix, options: UmapOptions): Promise<UmapResult> {
  const cooperation = options.cooperation ?? uninterruptible();
  const report = options.onProgress ?? (() => undefined);
  const space = prepareVectorSpace(matrix, options.metric);
  const { rows } = matrix;
  const epochs = epochCount(rows, options.epochs);
  if (rows < 3) return { coordinates: trivialLayout(space, options.dims), knn: null, epochs: 0 };
  // The PCA start does not depend on the graph (and draws from its own seeded generator, so the order does
  // not change a byte): computed and streamed first, it puts a usable map on screen in a few seconds at
  // 100,000 rows instead of after the kNN search (was 39.5 s there).
  const layout = await initialLayout(space, options.dims, options.seed, cooperation);
  const stream = new LayoutStream(layout, epochs, options.onLayout);
  stream.emit(0);
  const knn = await knnOfSpace(space, {
    k: options.neighbors - 1,
    metric: options.metric,
    seed: options.seed,
    cooperation,
    ...(options.executor === undefined ? {} : { executor: options.executor }),
    onProgress: (fraction) => {
      report(span('knn', fraction), 'knn');
    },
  });
  report(SPANS.graph[0], 'graph');
  const schedule = edgeSchedule(fuzzyGraph(knn), epochs);
  report(SPANS.graph[1], 'graph');
  await optimizeLayout(layout, options.dims, schedule, {
    epochs,
    curve: fitCurve(options.minDist, options.spread),
    seed: options.seed,
    cooperation,
    ...(options.executor === undefined ? {} : { executor: options.executor }),
    onEpoch: (finished) => {
      report(span('epochs', finished / epochs), 'epochs');
      stream.offer(finished);
    },
  });
  stream.emit(epochs);
  return { coordinates: toLayoutCoordinates(layout, rows, options.dims), knn, epochs };
}

function span(stage: UmapStage, fraction: number): number {
  const [start, end] = SPANS[stage];
  return start + (end - start) * fraction;
}

/**
 * One row sits at the origin; two sit one layout unit either side of it on the first axis (or both at the
 * origin when they are the same vector): there is no neighbourhood to optimise.
 */
function trivialLayout(space: VectorSpace, dims: 2 | 3): LayoutCoordinates {
  const out = new Float32Array(space.rows * dims);
  if (space.rows === 2) {
    let differ = false;
    for (let c = 0; c < space.cols; c++) differ ||= space.data[c] !== space.data[space.cols + c];
    if (differ) {
      out[0] = -1;
      out[dims] = 1;
    }
  }
  return toLayoutCoordinates(out, space.rows, dims);
}
