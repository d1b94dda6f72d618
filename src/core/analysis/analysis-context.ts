import type { MapResult } from '../../shared/contract';
import type { EmbedderRegistry } from '../embedders/embedder-registry';
import type { SearchMatrix } from '../knn/nearest-rows';

/** A finished map as the analysis tools see it: its result (texts, layout) and its original-space vectors. */
export interface KeptMaps {
  /** The map's embeddings with their row norms; `unknown-map` when no longer kept. */
  vectors(mapId: string): SearchMatrix;
  /** The map's result (texts, labels, layout, embedder); `unknown-map` when no longer kept. */
  result(mapId: string): MapResult;
}

/** What the analysis tools (analogies, clusters, axes, comparison) read from the core. */
export interface AnalysisContext {
  readonly maps: KeptMaps;
  readonly embedders: EmbedderRegistry;
}
