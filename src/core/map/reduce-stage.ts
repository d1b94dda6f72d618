import { DEFAULT_TSNE_PARAMS, DEFAULT_UMAP_PARAMS, type MapRequest } from '../../shared/contract';
import type { Cooperation } from '../jobs/cooperation';
import type { JobControl } from '../jobs/job-registry';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';
import { pca } from '../reduce/pca';
import { tsne } from '../reduce/tsne/tsne';
import { umap } from '../reduce/umap/umap';

/** A reduced layout and what the method can say about it. */
export interface ReducedLayout {
  readonly coordinates: LayoutCoordinates;
  /** Per-axis explained-variance ratio (PCA); empty for methods without one. */
  readonly explainedVariance: number[];
}

/** What the reduce stage needs besides the vectors. */
export interface ReduceContext {
  readonly cooperation: Cooperation;
  readonly control: JobControl;
  /** Share of the stage finished, in [0, 1]. */
  readonly onProgress: (fraction: number) => void;
}

/** Reduces the embeddings with the request's method to `request.dims` dimensions. */
export async function reduceEmbeddings(
  request: MapRequest,
  embeddings: EmbeddingMatrix,
  context: ReduceContext,
): Promise<ReducedLayout> {
  switch (request.method) {
    case 'umap': {
      const reduced = await umap(embeddings, {
        ...(request.umap ?? DEFAULT_UMAP_PARAMS),
        dims: request.dims,
        seed: request.seed,
        cooperation: context.cooperation,
        onProgress: context.onProgress,
        onLayout: (coords, epoch, totalEpochs) => {
          context.control.layout(coords, request.dims, epoch, totalEpochs);
        },
      });
      return { coordinates: reduced.coordinates, explainedVariance: [] };
    }
    case 'pca': {
      const reduced = await pca(embeddings, {
        components: request.dims,
        cooperation: context.cooperation,
        onProgress: context.onProgress,
      });
      return { coordinates: reduced.coordinates, explainedVariance: reduced.explainedVarianceRatio };
    }
    case 'tsne': {
      const reduced = await tsne(embeddings, {
        ...(request.tsne ?? DEFAULT_TSNE_PARAMS),
        dims: request.dims,
        seed: request.seed,
        cooperation: context.cooperation,
        onProgress: context.onProgress,
        onLayout: (coords, iteration, totalIterations) => {
          context.control.layout(coords, request.dims, iteration, totalIterations);
        },
      });
      return { coordinates: reduced.coordinates, explainedVariance: [] };
    }
  }
}
