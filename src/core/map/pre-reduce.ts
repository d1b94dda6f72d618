import type { Cooperation } from '../jobs/cooperation';
import type { EmbeddingMatrix } from '../math/matrix-types';
import { toEmbeddingMatrix } from '../math/matrix-types';
import { pca } from '../reduce/pca';
import type { PcaFit } from '../reduce/transform/transform-pca';

/** The vectors UMAP or t-SNE work on, and the PCA that produced them (null when the vectors are the originals). */
export interface PreReduced {
  readonly vectors: EmbeddingMatrix;
  readonly fit: PcaFit | null;
}

/** True when `pcaDims` asks for a reduction that actually drops dimensions of `cols`-wide vectors. */
export function wantsPreReduction(pcaDims: number | null | undefined, cols: number): pcaDims is number {
  return typeof pcaDims === 'number' && pcaDims < cols;
}

/**
 * UMAP's and t-SNE's optional PCA pre-reduction: the vectors projected onto their top `pcaDims` principal
 * axes before the kNN graph, as umap-learn and scanpy users do for wide embeddings (the graph then costs
 * `pcaDims` instead of D per distance, and the dropped axes are mostly noise). The method's metric is then
 * measured on the components. Vectors no wider than `pcaDims` (or none asked) pass through unchanged.
 */
export async function preReduce(
  embeddings: EmbeddingMatrix,
  pcaDims: number | null | undefined,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<PreReduced> {
  if (!wantsPreReduction(pcaDims, embeddings.cols)) return { vectors: embeddings, fit: null };
  const reduced = await pca(embeddings, { components: pcaDims, cooperation, onProgress });
  const { coordinates, components, mean } = reduced;
  return {
    vectors: toEmbeddingMatrix(coordinates.data, coordinates.rows, coordinates.dims),
    fit: { components, mean },
  };
}
