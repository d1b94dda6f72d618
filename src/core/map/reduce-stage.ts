import { DEFAULT_TSNE_PARAMS, DEFAULT_UMAP_PARAMS, type MapRequest } from '../../shared/contract';
import type { Cooperation } from '../jobs/cooperation';
import type { JobControl } from '../jobs/job-registry';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';
import type { ParallelExecutor } from '../parallel/parallel-executor';
import { pca } from '../reduce/pca';
import type { FittedReduction } from '../reduce/transform/fitted-reduction';
import { tsne } from '../reduce/tsne/tsne';
import { umap } from '../reduce/umap/umap';
import { preReduce, wantsPreReduction } from './pre-reduce';

/** A reduced layout and what the method can say about it. */
export interface ReducedLayout {
  readonly coordinates: LayoutCoordinates;
  /** Per-axis explained-variance ratio (PCA); empty for methods without one. */
  readonly explainedVariance: number[];
  /** The linear parts of the fit, kept with the map to place new items on it later. */
  readonly fitted: FittedReduction;
}

/** What the reduce stage needs besides the vectors. */
export interface ReduceContext {
  readonly cooperation: Cooperation;
  readonly control: JobControl;
  /** Share of the stage finished, in [0, 1]. */
  readonly onProgress: (fraction: number) => void;
  /** Threads for UMAP's kNN search (the host's worker pool); this thread when absent. */
  readonly parallel?: ParallelExecutor;
}

/**
 * Share of the stage a PCA pre-reduction takes: at 10,000 × 384 → 50 its covariance pass is about a tenth of
 * UMAP's whole run (kNN graph and epochs on 50 columns).
 */
const PRE_REDUCTION_SHARE = 0.1;

/** Splits the stage's progress between an optional pre-reduction and the method itself. */
function stageProgress(
  context: ReduceContext,
  preReduced: boolean,
): { pre: (fraction: number) => void; main: (fraction: number) => void } {
  const share = preReduced ? PRE_REDUCTION_SHARE : 0;
  return {
    pre: (fraction) => {
      context.onProgress(share * fraction);
    },
    main: (fraction) => {
      context.onProgress(share + (1 - share) * fraction);
    },
  };
}

/** Reduces the embeddings with the request's method to `request.dims` dimensions. */
export async function reduceEmbeddings(
  request: MapRequest,
  embeddings: EmbeddingMatrix,
  context: ReduceContext,
): Promise<ReducedLayout> {
  switch (request.method) {
    case 'umap': {
      const params = request.umap ?? DEFAULT_UMAP_PARAMS;
      const progress = stageProgress(context, wantsPreReduction(params.pcaDims, embeddings.cols));
      const pre = await preReduce(embeddings, params.pcaDims, context.cooperation, progress.pre);
      const reduced = await umap(pre.vectors, {
        ...params,
        dims: request.dims,
        seed: request.seed,
        cooperation: context.cooperation,
        ...(context.parallel === undefined ? {} : { executor: context.parallel }),
        onProgress: progress.main,
        onLayout: (coords, epoch, totalEpochs) => {
          context.control.layout(coords, request.dims, epoch, totalEpochs);
        },
      });
      const fitted = { projection: null, preReduction: pre.fit };
      return { coordinates: reduced.coordinates, explainedVariance: [], fitted };
    }
    case 'pca': {
      const reduced = await pca(embeddings, {
        components: request.dims,
        cooperation: context.cooperation,
        onProgress: context.onProgress,
      });
      const projection = { components: reduced.components, mean: reduced.mean };
      return {
        coordinates: reduced.coordinates,
        explainedVariance: reduced.explainedVarianceRatio,
        fitted: { projection, preReduction: null },
      };
    }
    case 'tsne': {
      const params = request.tsne ?? DEFAULT_TSNE_PARAMS;
      const progress = stageProgress(context, wantsPreReduction(params.pcaDims, embeddings.cols));
      const pre = await preReduce(embeddings, params.pcaDims, context.cooperation, progress.pre);
      const reduced = await tsne(pre.vectors, {
        ...params,
        dims: request.dims,
        seed: request.seed,
        cooperation: context.cooperation,
        onProgress: progress.main,
        onLayout: (coords, iteration, totalIterations) => {
          context.control.layout(coords, request.dims, iteration, totalIterations);
        },
      });
      const fitted = { projection: null, preReduction: pre.fit };
      return { coordinates: reduced.coordinates, explainedVariance: [], fitted };
    }
  }
}
