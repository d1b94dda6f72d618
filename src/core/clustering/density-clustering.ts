import type { Cooperation } from '../jobs/cooperation';
import { EXACT_KNN_MAX_ROWS, knnOfSpace } from '../knn/knn-graph';
import { prepareVectorSpace } from '../knn/vector-space';
import { condenseTree } from './condensed-tree';
import { excessOfMass } from './excess-of-mass';
import { coreDistances, exactReachabilityTree, knnReachabilityTree } from './mutual-reachability-tree';
import { singleLinkage } from './single-linkage';
import { asEmbeddingMatrix, type UnitRows } from './unit-rows';

/** Options of {@link densityClustering}. */
export interface DensityOptions {
  /** HDBSCAN's min_cluster_size: the smallest group that counts as a cluster. */
  readonly minClusterSize: number;
  readonly seed: number;
  readonly cooperation: Cooperation;
  readonly onProgress?: (fraction: number) => void;
}

/**
 * min_samples (the density estimate's neighbourhood) follows min_cluster_size, as HDBSCAN's default, but at
 * most 32: a larger neighbourhood smooths density no further in practice, and it bounds the kNN graph
 * (rows × k entries) when someone asks for clusters of thousands.
 */
const MAX_MIN_SAMPLES = 32;

/**
 * Neighbours per point in the graph that the large-map spanning tree is built from: 15 (UMAP's default)
 * keeps the graph connected within dense groups; fewer leaves more components to join coarsely.
 */
const GRAPH_NEIGHBOURS = 15;

/**
 * An HDBSCAN-like clustering of unit rows in cosine distance: core distances from the kNN graph, the minimum
 * spanning tree of the mutual reachability distance (exact for maps up to {@link EXACT_KNN_MAX_ROWS} items;
 * above, over the approximate kNN graph with its components joined — see `knnReachabilityTree`), the
 * single-linkage hierarchy, the condensed tree and excess-of-mass selection. Labels are 0 … clusters − 1 in
 * no particular order, −1 for noise.
 */
export async function densityClustering(unit: UnitRows, options: DensityOptions): Promise<Int32Array> {
  const { rows } = unit;
  const { cooperation } = options;
  const onProgress = options.onProgress ?? (() => undefined);
  if (rows < 2) return new Int32Array(rows).fill(-1);
  const minSamples = Math.max(2, Math.min(options.minClusterSize, MAX_MIN_SAMPLES, rows));
  const space = prepareVectorSpace(asEmbeddingMatrix(unit), 'cosine');
  const exact = rows <= EXACT_KNN_MAX_ROWS;
  const graph = await knnOfSpace(space, {
    k: exact ? minSamples - 1 : Math.max(minSamples - 1, GRAPH_NEIGHBOURS),
    metric: 'cosine',
    seed: options.seed,
    cooperation,
    onProgress: (fraction) => {
      onProgress(0.45 * fraction);
    },
  });
  const core = coreDistances(graph, minSamples);
  const tree = exact
    ? await exactReachabilityTree(space, core, cooperation, (fraction) => {
        onProgress(0.45 + 0.45 * fraction);
      })
    : await knnReachabilityTree(space, graph, core, cooperation);
  onProgress(0.9);
  await cooperation.checkpoint();
  const condensed = condenseTree(singleLinkage(tree), options.minClusterSize);
  const { labels } = excessOfMass(condensed, rows);
  onProgress(1);
  return labels;
}
