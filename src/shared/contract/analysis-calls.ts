import { z } from 'zod';
import { distanceMetricSchema, idSchema, LIMITS, MAX_NEIGHBORS } from './schemas';

/**
 * The teaching and analysis calls: analogies, their evaluation on a question file, clustering with names,
 * concept axes, comparing two maps and the similarity heatmap. Declared here and spread into `coreCalls`.
 */

/** A word or short text in an analogy, an axis or an expected answer. */
const termSchema = z.string().trim().min(1).max(200);

// ---- Analogies ------------------------------------------------------------------------------------------

export const analogyTermSchema = z.object({
  text: z.string(),
  /** +1 for an added term, -1 for a subtracted one. */
  sign: z.union([z.literal(1), z.literal(-1)]),
});

export const analogyAnswerSchema = z.object({
  text: z.string(),
  /** Cosine similarity between the answer and the target vector (unit-normalised terms summed). */
  score: z.number(),
  /** The answer's item on the map, when answers come from the map's items (or the word is also on the map). */
  index: z.number().int().nonnegative().nullable(),
});

export const solveAnalogyInput = z.object({
  /** The embedder whose vectors the terms are looked up in (a word-vector file, a trained or neural embedder). */
  embedderId: idSchema,
  /** `a - b + c` (ASCII or Unicode minus, `+`), e.g. `king - man + woman` or `Москва − Россия + Франция`. */
  expression: z.string().min(1).max(500),
  k: z.number().int().min(1).max(MAX_NEIGHBORS),
  /** Leave the expression's own words out of the answers (on by default in the UI; see the docs). */
  excludeInputs: z.boolean(),
  /** An answer the user expects, whose rank is reported. */
  expected: termSchema.nullable(),
  /**
   * A finished map: answers are marked with their item on it; for an embedder without a vocabulary
   * (sentence models), the answers are searched among the map's items.
   */
  mapId: idSchema.nullable(),
});

export const solveAnalogyOutput = z.object({
  terms: z.array(analogyTermSchema),
  /** Where the answers were searched: the embedder's vocabulary, or the map's items. */
  searchedIn: z.enum(['vocabulary', 'map']),
  answers: z.array(analogyAnswerSchema),
  /** The expected answer's 1-based rank among all candidates (null when it is not a candidate) and score. */
  expected: z
    .object({ text: z.string(), rank: z.number().int().positive().nullable(), score: z.number().nullable() })
    .nullable(),
  /**
   * For `a - b + c`: the cosine, in the original space, between the offsets a − b and answer − c; 1 means the
   * parallelogram is exact there, whatever the projection shows. Null for other shapes of expression.
   */
  offsetCosine: z.number().nullable(),
});

/** One section of an analogy question file (`: capital-common-countries`). */
export const analogySectionReportSchema = z.object({
  name: z.string(),
  /** Questions in the section, those whose four words are all in the vocabulary, and those answered right. */
  total: z.number().int().nonnegative(),
  covered: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
  /** correct / covered (0 when nothing is covered). */
  accuracy: z.number().min(0).max(1),
});

export const MAX_ANALOGY_FAILURES = 1000;

export const analogyReportSchema = z.object({
  ...analogySectionReportSchema.omit({ name: true }).shape,
  sections: z.array(analogySectionReportSchema),
  /** The first failures (a b c expected → answer), at most MAX_ANALOGY_FAILURES. */
  failures: z.array(
    z.object({
      section: z.string(),
      question: z.tuple([z.string(), z.string(), z.string(), z.string()]),
      answer: z.string(),
    }),
  ),
  /** Lines that were neither a `: section` header nor four words. */
  malformedLines: z.number().int().nonnegative(),
});

export const startAnalogyEvaluationInput = z.object({
  /** A word embedder (a loaded vector file or one trained here): answers come from its vocabulary. */
  embedderId: idSchema,
  fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
  /** A file in the `questions-words.txt` format: `: section` headers, then `a b c d` lines. */
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LIMITS.maxFileBytes, {
    error: `file is larger than ${LIMITS.maxFileBytes} bytes`,
  }),
});

// ---- Clusters -----------------------------------------------------------------------------------------------

export const clusteringMethodSchema = z.enum(['kmeans', 'density']);

export const startClusteringInput = z.object({
  mapId: idSchema,
  method: clusteringMethodSchema,
  /** k-means: the number of clusters, or null to choose k in [2, 12] by the silhouette score. */
  k: z.number().int().min(2).max(100).nullable(),
  /** Density: the smallest group that counts as a cluster (HDBSCAN's min_cluster_size). */
  minClusterSize: z.number().int().min(2).max(10_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
});

export const clusterSchema = z.object({
  /** The value of `labels` for this cluster's items (0, 1, …). */
  id: z.number().int().nonnegative(),
  size: z.number().int().positive(),
  /** The most distinctive words of its texts (class-based TF-IDF, stop words left out), best first. */
  keywords: z.array(z.string()),
  /** A short name made from the keywords; the user may rename it in the UI. */
  name: z.string(),
});

export const clusteringResultSchema = z.object({
  mapId: idSchema,
  method: clusteringMethodSchema,
  /** One cluster id per map item, in the map's order; -1 for noise (density only). */
  labels: z.instanceof(Int32Array),
  clusters: z.array(clusterSchema),
  /** Mean silhouette (cosine) of the clustered items, estimated on a sample for large maps; null for one cluster. */
  silhouette: z.number().nullable(),
  noise: z.number().int().nonnegative(),
});

// ---- Concept axes ---------------------------------------------------------------------------------------------

export const conceptAxisSchema = z.object({
  /** Shown on the plot's axis, e.g. "man → woman". */
  name: z.string().min(1).max(120),
  /** The axis points from the mean of `from` to the mean of `to` (pairs man→woman, he→she are both sets). */
  from: z.array(termSchema).max(50),
  to: z.array(termSchema).min(1).max(50),
});

export const projectOnAxesInput = z.object({
  mapId: idSchema,
  axes: z.array(conceptAxisSchema).min(1).max(3),
  /** Gram–Schmidt each axis against the ones before it, so the layout's axes are independent. */
  orthogonalize: z.boolean(),
});

export const projectOnAxesOutput = z.object({
  /** 2 for one or two axes, 3 for three. */
  dims: z.union([z.literal(2), z.literal(3)]),
  /**
   * Row-major `count × dims`: each item's dot product with each unit axis. With one axis, the second column is
   * the items' first principal component after the axis is removed, so the points do not all sit on a line.
   */
  coords: z.instanceof(Float32Array),
  axes: z.array(
    z.object({
      name: z.string(),
      /** Words of the axis that had no vector (left out of it). */
      missing: z.array(z.string()),
    }),
  ),
  /** Cosines between the axes as defined (before any orthogonalisation), row-major `axes × axes`. */
  axisCosines: z.array(z.number()),
});

// ---- Comparing ------------------------------------------------------------------------------------------------

export const compareMapsInput = z.object({
  /** Two finished maps of the same items (same data set and rows), e.g. PCA and UMAP, or two models. */
  mapIdA: idSchema,
  mapIdB: idSchema,
  /** Neighbourhood size for the per-item overlap. */
  k: z.number().int().min(1).max(MAX_NEIGHBORS),
});

/** What a `startCompareMaps` job ends with, in its `map-comparison` event. */
export const compareMapsOutput = z.object({
  count: z.number().int().nonnegative(),
  /**
   * Per item: the share of its k nearest neighbours in A's original space that are also among its k nearest in
   * B's (1 = the two models agree about it, 0 = they disagree completely).
   */
  overlap: z.instanceof(Float32Array),
  meanOverlap: z.number(),
  /** B's layout rotated, reflected, scaled and shifted onto A's (orthogonal Procrustes), `count × dims`. */
  alignedB: z.instanceof(Float32Array),
  dims: z.union([z.literal(2), z.literal(3)]),
  /** Sum of squared differences after alignment, both layouts standardised (0 = identical up to similarity). */
  disparity: z.number().min(0),
});

export const MAX_HEATMAP_ITEMS = 200;

export const similarityMatrixInput = z.object({
  mapId: idSchema,
  indices: z.array(z.number().int().nonnegative()).min(2).max(MAX_HEATMAP_ITEMS),
  metric: distanceMetricSchema,
});

export const similarityMatrixOutput = z.object({
  metric: distanceMetricSchema,
  indices: z.array(z.number().int().nonnegative()),
  /** Row-major `n × n` cosine similarities or euclidean distances in the original space. */
  values: z.instanceof(Float32Array),
});

/** The calls, spread into `coreCalls`. */
export const analysisCalls = {
  /** Solves `a − b + c` by cosine over the embedder's vocabulary (or the map's items). */
  solveAnalogy: { input: solveAnalogyInput, output: solveAnalogyOutput },
  /** Evaluates a word embedder on an analogy question file, as a job ending with `analogy-report`. */
  startAnalogyEvaluation: { input: startAnalogyEvaluationInput, output: z.object({ jobId: idSchema }) },
  /** Clusters a map's items in the original space, as a job ending with `clusters`. */
  startClustering: { input: startClusteringInput, output: z.object({ jobId: idSchema }) },
  /** Projects a map's items onto 1–3 concept axes: a layout to show beside PCA/UMAP. */
  projectOnAxes: { input: projectOnAxesInput, output: projectOnAxesOutput },
  /**
   * Aligns two maps of the same items and scores where their neighbourhoods disagree, as a job ending with
   * `map-comparison` (seconds near 20,000 items: a kNN search per model).
   */
  startCompareMaps: { input: compareMapsInput, output: z.object({ jobId: idSchema }) },
  /** Pairwise similarities of chosen items, for the heatmap. */
  similarityMatrix: { input: similarityMatrixInput, output: similarityMatrixOutput },
} as const;

export type AnalogyReport = z.infer<typeof analogyReportSchema>;
export type ClusteringResult = z.infer<typeof clusteringResultSchema>;
export type MapComparison = z.infer<typeof compareMapsOutput>;
export type ConceptAxis = z.infer<typeof conceptAxisSchema>;
export type ClusteringMethod = z.infer<typeof clusteringMethodSchema>;
