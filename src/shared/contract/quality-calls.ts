import { z } from 'zod';
import { idSchema, layoutDimsSchema, MAX_NEIGHBORS } from './schemas';

/**
 * How honest a map is, and placing new items into one: measuring a finished map's distortion (trustworthiness,
 * continuity, kNN preservation, per item) and projecting new texts onto it without recomputing it. Declared
 * here and spread into `coreCalls`.
 */

export const mapQualityInput = z.object({
  mapId: idSchema,
  /** Neighbourhood size; clamped below half the items (the metrics' own bound), the value used is returned. */
  k: z.number().int().min(1).max(MAX_NEIGHBORS),
});

/** What a `startMapQuality` job ends with, in its `map-quality` event. */
export const mapQualityOutput = z.object({
  /** The neighbourhood size actually used (the request's, or less on very small maps). */
  k: z.number().int().min(1),
  /** Are the map's neighbours true neighbours? 1 = no intruders; random layouts score ≈ 0.5. */
  trustworthiness: z.number(),
  /** Do true neighbours stay together on the map? 1 = none torn away; random layouts score ≈ 0.5. */
  continuity: z.number(),
  /** Mean of `perPoint`: the share of k nearest neighbours the map keeps, in [0, 1]. */
  knnPreservation: z.number().min(0).max(1),
  /**
   * Per item, in [0, 1]: the share of its k nearest neighbours in the original space that are also among its
   * k nearest on the map (1 = its neighbourhood is drawn faithfully).
   */
  perPoint: z.instanceof(Float32Array),
  /** Items the global numbers were measured on when the map was too big to score exactly; null = all of them. */
  sampled: z.number().int().positive().nullable(),
});

/** A user adds a few words or sentences by hand; 1,000 bounds one request's embedding time. */
export const MAX_PLACED_TEXTS = 1000;

export const placeItemsInput = z.object({
  mapId: idSchema,
  /** New texts to embed with the map's embedder and place on the map. */
  texts: z.array(z.string().trim().min(1).max(2000)).min(1).max(MAX_PLACED_TEXTS),
});

export const placeItemsOutput = z.object({
  /** Row-major positions of the placed texts, `placed.length × dims`, in the map's own coordinates. */
  coords: z.instanceof(Float32Array),
  dims: layoutDimsSchema,
  /** Indices into `texts` of those that got a position, ascending. */
  placed: z.array(z.number().int().nonnegative()),
  /** Texts the embedder has no vector for (e.g. words outside a vocabulary). */
  unembedded: z.array(z.string()),
});

/** The calls, spread into `coreCalls`. */
export const qualityCalls = {
  /**
   * Trustworthiness, continuity and kNN preservation of a finished map, and the per-item score, as a job ending
   * with `map-quality` (tens of seconds at 100,000 items: neighbour searches in the original space).
   */
  startMapQuality: { input: mapQualityInput, output: z.object({ jobId: idSchema }) },
  /** Embeds new texts with the map's embedder and places them on the map without recomputing it. */
  placeItems: { input: placeItemsInput, output: placeItemsOutput },
} as const;

/** A map's quality scores, the result of a `startMapQuality` job. */
export type MapQualityResult = z.infer<typeof mapQualityOutput>;
