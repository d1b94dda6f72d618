import type { PcaFit } from './transform-pca';

/**
 * What a map keeps of its reduction to place new items later without refitting: the small linear parts only
 * (a PCA's means and axes, `D × k` numbers); a UMAP or t-SNE layout is placed from the kept vectors and the
 * map's coordinates instead.
 */
export interface FittedReduction {
  /** The PCA that a PCA map is: new rows are projected onto it. Null for UMAP and t-SNE. */
  readonly projection: PcaFit | null;
  /** The PCA that reduced the vectors before UMAP or t-SNE built their graph (`pcaDims`), or null when none did. */
  readonly preReduction: PcaFit | null;
}

/** A reduction with nothing linear to keep (UMAP or t-SNE on the vectors as they are). */
export const NOTHING_FITTED: FittedReduction = { projection: null, preReduction: null };
