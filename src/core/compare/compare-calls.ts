import type { CoreInput, CoreOutput, MapComparison, MapResult } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl, JobSuccess } from '../jobs/job-registry';
import { cosineNeighbours, neighbourhoodOverlap } from './neighbourhood-overlap';
import { procrustes } from './procrustes';
import { similarityValues } from './similarity-values';

/** Throws `maps-not-comparable` unless the two maps show the same items in the same order. */
function assertSameItems(a: MapResult, b: MapResult): void {
  const fail = (reason: string): never => {
    throw new StudioError('maps-not-comparable', `The two maps cannot be compared: ${reason}.`, {
      mapIdA: a.mapId,
      mapIdB: b.mapId,
    });
  };
  if (a.datasetId !== b.datasetId) fail('they were made from different data sets');
  if (a.count !== b.count) fail(`they have ${a.count} and ${b.count} items`);
  const first = a.texts.findIndex((text, index) => text !== b.texts[index]);
  if (first >= 0)
    fail(`item ${first + 1} is "${a.texts[first] ?? ''}" on one and "${b.texts[first] ?? ''}" on the other`);
  if (a.dims !== b.dims) fail(`one is ${a.dims}D and the other ${b.dims}D`);
}

/**
 * The two maps of a comparison, after checking they exist and show the same items (`not-found`,
 * `maps-not-comparable`): cheap, so StudioCore calls it before starting the job.
 */
export function comparableMaps(
  context: AnalysisContext,
  input: CoreInput<'startCompareMaps'>,
): { readonly a: MapResult; readonly b: MapResult } {
  const a = context.maps.result(input.mapIdA);
  const b = context.maps.result(input.mapIdB);
  assertSameItems(a, b);
  return { a, b };
}

/** Share of the progress bar after the neighbour searches; the overlap and Procrustes take the rest. */
const NEIGHBOURS_DONE = 0.9;

/**
 * Aligns two maps of the same items and scores their neighbourhood overlap (see the contract's
 * `startCompareMaps`). The overlap is measured in each map's original space, so two models are compared on
 * what they embed, and two reductions of one model score 1 everywhere (their difference is all in the layout,
 * which Procrustes shows). Reports progress and stops with `cancelled` between kNN blocks.
 */
export async function compareMaps(
  context: AnalysisContext,
  input: CoreInput<'startCompareMaps'>,
  cooperation: Cooperation,
  report: (fraction: number) => void,
): Promise<MapComparison> {
  const { a, b } = comparableMaps(context, input);
  const count = a.count;
  const k = Math.max(0, Math.min(input.k, count - 1));
  // The same vectors (one embedder, two reductions) have the same neighbours: no second search.
  const oneSearch = a.embedderId === b.embedderId;
  const firstShare = oneSearch ? NEIGHBOURS_DONE : NEIGHBOURS_DONE / 2;
  const neighboursA = await cosineNeighbours(context.maps.vectors(a.mapId), k, cooperation, (fraction) => {
    report(firstShare * fraction);
  });
  const neighboursB = oneSearch
    ? neighboursA
    : await cosineNeighbours(context.maps.vectors(b.mapId), k, cooperation, (fraction) => {
        report(firstShare + (NEIGHBOURS_DONE - firstShare) * fraction);
      });
  report(NEIGHBOURS_DONE);
  await cooperation.checkpoint();
  const overlap = neighbourhoodOverlap(neighboursA, neighboursB, count, k);
  const meanOverlap = count === 0 ? 1 : overlap.reduce((sum, value) => sum + value, 0) / count;
  const fit = procrustes(a.coords, b.coords, count, a.dims);
  return { count, overlap, meanOverlap, alignedB: fit.aligned, dims: a.dims, disparity: fit.disparity };
}

/** `compareMaps` as a job: progress in the `measure` stage, ending with the `map-comparison` event. */
export async function runCompareMaps(
  context: AnalysisContext,
  input: CoreInput<'startCompareMaps'>,
  control: JobControl,
): Promise<JobSuccess> {
  const cooperation = new Cooperation(control.signal);
  const result = await compareMaps(context, input, cooperation, (fraction) => {
    control.progress('measure', fraction);
  });
  control.progress('measure', 1);
  return { type: 'map-comparison', result };
}

/** Pairwise similarities of chosen items of a map (see the contract's `similarityMatrix`). */
export function similarityMatrix(
  context: AnalysisContext,
  input: CoreInput<'similarityMatrix'>,
): Promise<CoreOutput<'similarityMatrix'>> {
  const matrix = context.maps.vectors(input.mapId);
  const outside = input.indices.find((index) => index >= matrix.rows);
  if (outside !== undefined) {
    return Promise.reject(
      new StudioError(
        'invalid-arguments',
        `Item ${outside} is not on the map, which has ${matrix.rows} items (0 to ${matrix.rows - 1}).`,
        { index: outside, count: matrix.rows },
      ),
    );
  }
  const values = similarityValues(matrix, input.indices, input.metric);
  return Promise.resolve({ metric: input.metric, indices: [...input.indices], values });
}
