import type { DistanceMetric } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { neighbourhoodOverlap } from '../compare/neighbourhood-overlap';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl, JobSuccess } from '../jobs/job-registry';
import { exactKnn } from '../knn/exact-knn';
import { nnDescent } from '../knn/nn-descent';
import { prepareVectorSpace } from '../knn/vector-space';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';
import { toEmbeddingMatrix, toLayoutCoordinates } from '../math/matrix-types';
import { createRandom } from '../math/random';
import { layoutKnn } from './layout-knn';
import { rankScorer, type RankScorer } from './neighbourhood-rank-score';

/**
 * Up to this many items trustworthiness and continuity are measured on all of them; above, on a seeded sample
 * of this many. Both cost items² distances plus items² · k rank comparisons: 2,000 items at k = 15 is about a
 * second here, and a sample of 2,000 moves the scores by well under 0.01 between seeds.
 */
export const QUALITY_SAMPLE_ITEMS = 2000;

/**
 * Up to this many items the per-item score uses exact neighbours in the original space (items²/2 distances:
 * 5,000 × 384-d is under a second); above, NN-descent (recall ≈ 0.98 at k ≈ 15), which can only make a
 * score slightly lower, never higher.
 */
export const EXACT_PER_POINT_MAX_ITEMS = 5000;

/** Seeds the sample and NN-descent, so the same map always gets the same scores. */
const QUALITY_SEED = 15;

/** What {@link mapQuality} measures. */
export interface MapQualityInput {
  /** The map's original (high-dimensional) vectors. */
  readonly vectors: EmbeddingMatrix;
  readonly layout: LayoutCoordinates;
  /** Neighbourhood size asked for; clamped below half the items. */
  readonly k: number;
  /** How neighbours are measured in the original space (the map's own metric). */
  readonly metric: DistanceMetric;
  readonly cooperation: Cooperation;
  /** Where the finished share of the whole measurement goes, in [0, 1]; absent outside a job. */
  readonly onProgress?: (fraction: number) => void;
}

/** The map's quality scores (see the `startMapQuality` call in the contract). */
export interface MapQuality {
  readonly k: number;
  readonly trustworthiness: number;
  readonly continuity: number;
  readonly knnPreservation: number;
  readonly perPoint: Float32Array<ArrayBuffer>;
  readonly sampled: number | null;
}

/**
 * Shares of the progress bar: the original-space neighbour search is most of the time (NN-descent at 100,000
 * items is ~80 % of the run), the map's own k-d tree neighbours little, the two rank scores on ≤ 2,000 items
 * about a second each.
 */
const NEIGHBOURS_DONE = 0.7;
const LAYOUT_NEIGHBOURS_DONE = 0.8;
const TRUSTWORTHINESS_DONE = 0.9;

/**
 * The largest k both rank scores accept on `rows` items: k < rows / 2. Throws `too-few-items` below 3 items;
 * StudioCore calls it before starting the job so such a map is refused at once.
 */
export function usableK(k: number, rows: number): number {
  const usable = Math.min(k, Math.ceil(rows / 2) - 1);
  if (usable < 1) {
    throw new StudioError(
      'too-few-items',
      `A map of ${rows} items is too small to measure its quality; it needs at least 3.`,
      {
        count: rows,
        minimum: 3,
      },
    );
  }
  return usable;
}

/** `count` distinct rows of `rows`, seeded, ascending (a partial Fisher–Yates shuffle). */
function sampleRows(rows: number, count: number): Int32Array {
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const random = createRandom(QUALITY_SEED);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random.next() * (rows - i));
    const held = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = held;
  }
  return order.subarray(0, count).sort();
}

function pickRows(data: Float32Array, width: number, rows: Int32Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, i) => {
    out.set(data.subarray(row * width, (row + 1) * width), i * width);
  });
  return out;
}

/** The items trustworthiness and continuity are scored on: all of them, or a seeded sample of big maps. */
function scoredItems(input: MapQualityInput): {
  vectors: EmbeddingMatrix;
  layout: LayoutCoordinates;
  sampled: number | null;
} {
  const { vectors, layout } = input;
  if (vectors.rows <= QUALITY_SAMPLE_ITEMS) return { vectors, layout, sampled: null };
  const rows = sampleRows(vectors.rows, QUALITY_SAMPLE_ITEMS);
  return {
    vectors: toEmbeddingMatrix(pickRows(vectors.data, vectors.cols, rows), rows.length, vectors.cols),
    layout: toLayoutCoordinates(pickRows(layout.data, layout.dims, rows), rows.length, layout.dims),
    sampled: rows.length,
  };
}

/** One rank score over every row of `scorer`, with a checkpoint after each row (about a millisecond each). */
async function cooperativeRankScore(
  scorer: RankScorer,
  rows: number,
  cooperation: Cooperation,
  report: (fraction: number) => void,
): Promise<number> {
  let penalty = 0;
  for (let i = 0; i < rows; i++) {
    penalty += scorer.penaltyOfRow(i);
    if ((i & 63) === 63) report((i + 1) / rows);
    await cooperation.checkpoint();
  }
  return scorer.score(penalty);
}

/**
 * Trustworthiness and continuity on all items, or on a seeded sample of big maps, row by row with checkpoints
 * between rows (each score alone is about a second on {@link QUALITY_SAMPLE_ITEMS} items).
 */
async function rankScores(
  input: MapQualityInput,
  k: number,
  report: (fraction: number) => void,
): Promise<Pick<MapQuality, 'trustworthiness' | 'continuity' | 'sampled'>> {
  const { vectors, layout, sampled } = scoredItems(input);
  const { cooperation, metric } = input;
  const between = (from: number, to: number) => (fraction: number) => {
    report(from + (to - from) * fraction);
  };
  const trust = await cooperativeRankScore(
    rankScorer('trustworthiness', vectors, layout, k, metric, 'layout'),
    vectors.rows,
    cooperation,
    between(LAYOUT_NEIGHBOURS_DONE, TRUSTWORTHINESS_DONE),
  );
  const cont = await cooperativeRankScore(
    rankScorer('continuity', vectors, layout, k, metric, 'data'),
    vectors.rows,
    cooperation,
    between(TRUSTWORTHINESS_DONE, 1),
  );
  report(1);
  return { trustworthiness: trust, continuity: cont, sampled };
}

/** Each item's k nearest others in the original space, `rows × k`, ascending. */
async function originalNeighbours(
  input: MapQualityInput,
  k: number,
  report: (fraction: number) => void,
): Promise<Int32Array> {
  const space = prepareVectorSpace(input.vectors, input.metric);
  const heaps =
    space.rows <= EXACT_PER_POINT_MAX_ITEMS
      ? await exactKnn(space, k, input.cooperation, report)
      : await nnDescent(space, k, QUALITY_SEED, input.cooperation, report);
  return heaps.sortAscending((distance) => distance).indices;
}

/**
 * How much a map distorts its data: trustworthiness and continuity (Venna & Kaski), row by row with the
 * scorers' own {@link rankScorer} (on a seeded sample of {@link QUALITY_SAMPLE_ITEMS} items for bigger maps), and for every item the share of
 * its k nearest neighbours in the original space that are also its k nearest on the map (exact 2D/3D
 * neighbours through a k-d tree; original-space neighbours exact up to {@link EXACT_PER_POINT_MAX_ITEMS}).
 * kNN preservation is that share averaged over all items. Reports progress through `onProgress` and stops
 * with `cancelled` between blocks (kNN rows, NN-descent rounds, rank-score rows) once the job is aborted.
 */
export async function mapQuality(input: MapQualityInput): Promise<MapQuality> {
  const { vectors, layout } = input;
  if (layout.rows !== vectors.rows)
    throw new RangeError(`mapQuality: ${vectors.rows} vectors but ${layout.rows} layout rows`);
  const report = input.onProgress ?? ((): void => undefined);
  const k = usableK(input.k, vectors.rows);
  const original = await originalNeighbours(input, k, (fraction) => {
    report(NEIGHBOURS_DONE * fraction);
  });
  report(NEIGHBOURS_DONE);
  await input.cooperation.checkpoint();
  const onMap = layoutKnn(layout, k);
  const perPoint = neighbourhoodOverlap(original, onMap, vectors.rows, k);
  let total = 0;
  for (const score of perPoint) total += score;
  report(LAYOUT_NEIGHBOURS_DONE);
  await input.cooperation.checkpoint();
  const scores = await rankScores(input, k, report);
  return { k, ...scores, knnPreservation: total / vectors.rows, perPoint };
}

/** {@link mapQuality} as a job: progress in the `measure` stage, ending with the `map-quality` event. */
export async function runMapQuality(
  input: Omit<MapQualityInput, 'cooperation' | 'onProgress'>,
  control: JobControl,
): Promise<JobSuccess> {
  const result = await mapQuality({
    ...input,
    cooperation: new Cooperation(control.signal),
    onProgress: (fraction) => {
      control.progress('measure', fraction);
    },
  });
  control.progress('measure', 1);
  return { type: 'map-quality', result };
}
