import type { CoreInput, CoreOutput, MapResult } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import { uninterruptible } from '../jobs/cooperation';
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
 * Aligns two maps of the same items and scores their neighbourhood overlap (see the contract's `compareMaps`).
 * The overlap is measured in each map's original space, so two models are compared on what they embed, and
 * two reductions of one model score 1 everywhere (their difference is all in the layout, which Procrustes shows).
 */
export async function compareMaps(
  context: AnalysisContext,
  input: CoreInput<'compareMaps'>,
): Promise<CoreOutput<'compareMaps'>> {
  const a = context.maps.result(input.mapIdA);
  const b = context.maps.result(input.mapIdB);
  assertSameItems(a, b);
  const count = a.count;
  const k = Math.max(0, Math.min(input.k, count - 1));
  const cooperation = uninterruptible();
  const neighboursA = await cosineNeighbours(context.maps.vectors(a.mapId), k, cooperation);
  // The same vectors (one embedder, two reductions) have the same neighbours: no second search.
  const neighboursB =
    a.embedderId === b.embedderId
      ? neighboursA
      : await cosineNeighbours(context.maps.vectors(b.mapId), k, cooperation);
  const overlap = neighbourhoodOverlap(neighboursA, neighboursB, count, k);
  const meanOverlap = count === 0 ? 1 : overlap.reduce((sum, value) => sum + value, 0) / count;
  const fit = procrustes(a.coords, b.coords, count, a.dims);
  return { count, overlap, meanOverlap, alignedB: fit.aligned, dims: a.dims, disparity: fit.disparity };
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
