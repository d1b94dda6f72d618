import type { EmbedderInfo, MapRequest, ReductionMethod } from '../../../shared/contract';

/** What the current map is compared with: the same rows reduced another way, or embedded by another model. */
export type CompareTarget =
  | { readonly kind: 'method'; readonly method: ReductionMethod }
  | { readonly kind: 'embedder'; readonly embedderId: string };

const METHODS: readonly ReductionMethod[] = ['pca', 'umap', 'tsne'];

/** The choices for "Compare with": the other methods first, then the other embedders (same data, same rows). */
export function compareTargets(request: MapRequest, embedders: readonly EmbedderInfo[]): CompareTarget[] {
  const methods = METHODS.filter((method) => method !== request.method).map((method): CompareTarget => ({
    kind: 'method',
    method,
  }));
  // Only maps that embed their texts can be remade with another model; vectors from a file have no other model.
  const embeds = request.source === undefined || request.source.kind === 'embed';
  const others = embeds
    ? embedders
        .filter((embedder) => embedder.id !== request.embedderId)
        .map((embedder): CompareTarget => ({ kind: 'embedder', embedderId: embedder.id }))
    : [];
  return [...methods, ...others];
}

/** A target as an option value (and back). */
export function targetKey(target: CompareTarget): string {
  return target.kind === 'method' ? `method:${target.method}` : `embedder:${target.embedderId}`;
}

/** The request for the second map: the first one's data, rows, dims and seed, with the method or model changed. */
export function secondRequest(request: MapRequest, target: CompareTarget): MapRequest {
  return target.kind === 'method'
    ? { ...request, method: target.method }
    : { ...request, embedderId: target.embedderId };
}

/** The `count` items the two maps disagree about most (lowest overlap first; ties in item order). */
export function disagreements(overlap: Float32Array, count: number): number[] {
  return Array.from(overlap.keys())
    .sort((a, b) => (overlap[a] ?? 0) - (overlap[b] ?? 0) || a - b)
    .slice(0, count);
}
