import {
  DEFAULT_TSNE_PARAMS,
  DEFAULT_UMAP_PARAMS,
  PRECOMPUTED_COORDINATES_ID,
  PRECOMPUTED_VECTORS_ID,
  type CoreInput,
  type CoreOutput,
  type MapRequest,
  type MapResult,
} from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { toPartialEmbedding, type Embedder } from '../../embedders/embedder';
import type { EmbedderRegistry } from '../../embedders/embedder-registry';
import type { SearchMatrix } from '../../knn/nearest-rows';
import {
  toEmbeddingMatrix,
  toLayoutCoordinates,
  type EmbeddingMatrix,
  type LayoutCoordinates,
} from '../../math/matrix-types';
import { wantsPreReduction } from '../../map/pre-reduce';
import { pca } from '../pca';
import type { FittedReduction } from './fitted-reduction';
import { keptMatrix } from './kept-matrix';
import { transformNeighbourMean } from './transform-neighbour-mean';
import { transformPca, type PcaFit } from './transform-pca';
import { transformUmap } from './transform-umap';

/** What placing items on one map reads from the core. */
export interface PlacementContext {
  readonly result: MapResult;
  readonly request: MapRequest;
  readonly vectors: SearchMatrix;
  /** What the map's reduction kept, or undefined (a map from a project: the PCA parts are refitted). */
  readonly fitted: FittedReduction | undefined;
  /** Keeps a refitted record, so the next call need not refit. */
  readonly keepFitted: (fitted: FittedReduction) => void;
  readonly embedders: EmbedderRegistry;
}

/** Texts added by hand are few (≤ 1,000): embedding them needs no cancel. */
const NEVER_ABORTED = new AbortController().signal;

function cannotPlace(result: MapResult, why: string): StudioError {
  return new StudioError('invalid-arguments', `New items cannot be placed on this map: ${why}`, {
    call: 'placeItems',
    field: 'mapId',
    mapId: result.mapId,
  });
}

/** The map's own embedder, refusing maps whose space new texts cannot enter. */
function placingEmbedder(context: PlacementContext): Embedder {
  const { result, request } = context;
  const kind = request.source?.kind ?? 'embed';
  if (
    kind !== 'embed' ||
    result.embedderId === PRECOMPUTED_VECTORS_ID ||
    result.embedderId === PRECOMPUTED_COORDINATES_ID
  )
    throw cannotPlace(result, 'its points come from given vectors or coordinates, not from an embedder.');
  const embedder = context.embedders.get(result.embedderId);
  // TF-IDF + SVD fits its space to the texts it is given: new texts embedded alone would land in another one.
  if (embedder.info.trainsOnInput && !('vectors' in embedder))
    throw cannotPlace(
      result,
      `${result.embedderId} fits its space to the mapped texts; map the new texts with them.`,
    );
  return embedder;
}

/** The PCA parts the map was made with, refitted from the kept vectors (deterministic) when not kept. */
async function fittedParts(context: PlacementContext, vectors: EmbeddingMatrix): Promise<FittedReduction> {
  if (context.fitted !== undefined) return context.fitted;
  const { request, result } = context;
  const fit = async (components: number): Promise<PcaFit> => {
    const reduced = await pca(vectors, { components });
    return { components: reduced.components, mean: reduced.mean };
  };
  const pcaDims = request.method === 'umap' ? request.umap?.pcaDims : request.tsne?.pcaDims;
  const fitted: FittedReduction =
    request.method === 'pca'
      ? { projection: await fit(result.dims), preReduction: null }
      : {
          projection: null,
          preReduction: wantsPreReduction(pcaDims, vectors.cols) ? await fit(pcaDims) : null,
        };
  context.keepFitted(fitted);
  return fitted;
}

/** Places embedded rows with the map's method: PCA projection, UMAP's transform, or t-SNE's neighbour mean. */
async function placeRows(context: PlacementContext, added: EmbeddingMatrix): Promise<LayoutCoordinates> {
  const { request, result } = context;
  const kept = keptMatrix(context.vectors);
  const fitted = await fittedParts(context, kept);
  if (request.method === 'pca') {
    if (fitted.projection === null) throw new Error('a PCA map kept no projection');
    return transformPca(fitted.projection, added);
  }
  const pre = fitted.preReduction;
  const asFitted = (rows: EmbeddingMatrix): EmbeddingMatrix => {
    if (pre === null) return rows;
    const projected = transformPca(pre, rows);
    return toEmbeddingMatrix(projected.data, projected.rows, projected.dims);
  };
  const layout = toLayoutCoordinates(new Float32Array(result.coords), result.count, result.dims);
  const data = asFitted(kept);
  if (request.method === 'umap') {
    const params = request.umap ?? DEFAULT_UMAP_PARAMS;
    return transformUmap({ data, layout, params }, asFitted(added), result.seed);
  }
  const metric = (request.tsne ?? DEFAULT_TSNE_PARAMS).metric;
  return transformNeighbourMean({ data, layout, metric }, asFitted(added));
}

/**
 * Embeds new texts with the map's embedder and places them on the finished map without recomputing it: a
 * PCA map projects them onto its axes, a UMAP map runs UMAP's transform (see transformUmap), a t-SNE map puts
 * each at the weighted mean of its nearest items' positions (see transformNeighbourMean). Texts without a
 * vector are listed, never dropped silently.
 */
export async function placeItems(
  context: PlacementContext,
  input: CoreInput<'placeItems'>,
): Promise<CoreOutput<'placeItems'>> {
  const { result, vectors } = context;
  const embedder = placingEmbedder(context);
  const embedded = toPartialEmbedding(
    await embedder.embed(input.texts, {
      signal: NEVER_ABORTED,
      seed: result.seed,
      onProgress: () => undefined,
    }),
    input.texts.length,
    embedder.info.id,
  );
  if (embedded.vectors.rows > 0 && embedded.vectors.cols !== vectors.dimension)
    throw cannotPlace(
      result,
      `${embedder.info.id} now gives ${embedded.vectors.cols}-dimensional vectors, the map has ${vectors.dimension}.`,
    );
  const skipped = new Set(embedded.unembedded);
  const placed = input.texts.map((_, index) => index).filter((index) => !skipped.has(index));
  const unembedded = embedded.unembedded.map((index) => input.texts[index] ?? '');
  const coords =
    placed.length === 0 ? new Float32Array(0) : (await placeRows(context, embedded.vectors)).data;
  return { coords, dims: result.dims, placed, unembedded };
}
