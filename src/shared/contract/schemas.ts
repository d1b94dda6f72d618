import { z } from 'zod';

/**
 * Runtime schemas for everything that crosses a process boundary. The TypeScript types in this folder are
 * inferred from them, so a type and its validator can never drift apart.
 */

/** Limits that keep a single request bounded; they are generous for the skeleton and tightened by the data issue. */
export const LIMITS = {
  /** 512 MiB: the largest file accepted in one `openFile` call (bytes travel in memory). */
  maxFileBytes: 512 * 1024 * 1024,
  /** Identifiers are short machine strings; 200 chars leaves room for generated ids. */
  maxIdLength: 200,
  /** File names as shown to the user. */
  maxFileNameLength: 1024,
} as const;

export const idSchema = z.string().min(1).max(LIMITS.maxIdLength);

export const localizedTextSchema = z.object({ en: z.string(), ru: z.string() });

export const sampleInfoSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  fileName: z.string(),
});

export const embedderInfoSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** Languages it handles well, as BCP-47 codes, or ['*'] for language-agnostic. */
  languages: z.array(z.string()),
  /** Output dimension, or the upper bound when it depends on the corpus. */
  dimension: z.number().int().positive(),
  /** Whether it learns from the user's own texts (no weights to download). */
  trainsOnInput: z.boolean(),
  needsDownload: z.boolean(),
});

export const tableFormatSchema = z.enum(['txt', 'csv', 'tsv', 'json', 'jsonl', 'npy']);

/** The text encodings a file can be read with. */
export const textEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251']);

/** How to decode a file: detected ('auto': BOM, else UTF-8, else Windows-1251) or the user's choice. */
export const encodingChoiceSchema = z.enum(['auto', ...textEncodingSchema.options]);

export const datasetPreviewSchema = z.object({
  datasetId: idSchema,
  name: z.string(),
  format: tableFormatSchema,
  columns: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  /** The first rows, as decoded text, so the user sees what will be used before running anything. */
  previewRows: z.array(z.array(z.string())),
  suggestedTextColumn: z.string(),
  suggestedLabelColumn: z.string().nullable(),
  /** The encoding the text was decoded with (absent for binary files such as .npy). */
  encoding: textEncodingSchema.optional(),
  /** Rows left out because every cell was empty (blank lines, `;;;` lines from spreadsheets). */
  emptyRows: z.number().int().nonnegative().optional(),
  /** Rows with too few or too many fields that were padded or truncated (only when opened `lenient`). */
  fixedRaggedRows: z.number().int().nonnegative().optional(),
  /** Rows whose text (in the suggested text column) repeats an earlier row's, so the UI can offer merging. */
  duplicateTexts: z.number().int().nonnegative().optional(),
  /** The width of the vectors the file itself carries (.npy), usable as source `file-vectors`. */
  vectorDimension: z.number().int().positive().optional(),
});

export const reductionMethodSchema = z.enum(['pca', 'umap', 'tsne']);

/** How a finished map was laid out: a reduction method, or 'precomputed' coordinates drawn as given. */
export const mapMethodSchema = z.enum([...reductionMethodSchema.options, 'precomputed']);

/** The embedder id a map made from precomputed vectors reports (no embedder ran). */
export const PRECOMPUTED_VECTORS_ID = 'precomputed:vectors';
/** The embedder id a map drawn from precomputed coordinates reports. */
export const PRECOMPUTED_COORDINATES_ID = 'precomputed:coordinates';

/** 4096 columns: wider than any sentence model (≤ 4096-d), small enough to bound a request. */
const MAX_SOURCE_COLUMNS = 4096;

/**
 * Where a map's points come from. `embed` (the default) embeds the text column with `embedderId`; `vectors`
 * reads numeric columns as the embeddings and reduces them with `method`; `file-vectors` uses the vectors a
 * binary file carried (.npy); `coordinates` draws 2 or 3 numeric columns as they are (no embedding, no
 * reduction: `dims` must equal their number). The text column still names each point.
 */
export const mapSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embed') }),
  z.object({
    kind: z.literal('vectors'),
    columns: z.array(z.string().min(1)).min(1).max(MAX_SOURCE_COLUMNS),
  }),
  z.object({ kind: z.literal('file-vectors') }),
  z.object({ kind: z.literal('coordinates'), columns: z.array(z.string().min(1)).min(2).max(3) }),
  /**
   * Contextual token embeddings (polysemy: «замок» the castle vs the lock, "bank" river vs money): each text
   * that contains `word` (first occurrence, case-insensitive, whole word) becomes one point, the model's
   * vector of that word *in that text* (its sub-word tokens' hidden states, mean-pooled and normalised like
   * the sentence vectors). Texts without the word are listed in `unembedded`. Only transformer models
   * (`embedderId` "model:…") can do this; other embedders are refused with `invalid-arguments`.
   * Example: `{ kind: 'token', word: 'замок' }` with texts "старинный замок на холме", "замок на двери".
   * (At most 100 characters: the longest word a WordPiece tokenizer splits rather than calling unknown.)
   */
  z.object({ kind: z.literal('token'), word: z.string().trim().min(1).max(100) }),
]);

/**
 * Map a random sample of `size` rows instead of all of them (never silently the first N): seeded, and
 * stratified by a column (each value keeps its share, ±1 row) when `stratifyBy` names one.
 */
export const sampleSpecSchema = z.object({
  size: z.number().int().positive(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  stratifyBy: z.string().min(1).nullable(),
});

export const distanceMetricSchema = z.enum(['cosine', 'euclidean']);

/** UMAP's parameters, as users know them from umap-learn. Every field is required; see DEFAULT_UMAP_PARAMS. */
export const umapParamsSchema = z.object({
  /** Size of the local neighbourhood: small values keep fine structure, large ones the global shape. */
  neighbors: z.number().int().min(2).max(200),
  /** How tightly points may pack in the layout, in layout units. */
  minDist: z.number().min(0).max(1),
  /** The scale of the embedded points; minDist must not exceed it. */
  spread: z.number().min(0.1).max(10),
  metric: distanceMetricSchema,
  /** Optimisation epochs; null chooses by size like umap-learn (500 below 10,000 points, else 200). */
  epochs: z.number().int().min(1).max(5000).nullable(),
  /**
   * Reduce the vectors with PCA to this many dimensions before the kNN graph (50 is common for D > 100): faster
   * on wide embeddings, and PCA drops noise directions. Null, absent or not below D: the vectors as they are.
   */
  pcaDims: z.number().int().min(2).max(1024).nullable().optional(),
});

/** umap-learn's defaults, with cosine distance because embeddings are compared by angle. */
export const DEFAULT_UMAP_PARAMS: z.infer<typeof umapParamsSchema> = {
  neighbors: 15,
  minDist: 0.1,
  spread: 1,
  metric: 'cosine',
  epochs: null,
};
export const layoutDimsSchema = z.union([z.literal(2), z.literal(3)]);

/** t-SNE's parameters. Every field is required; see DEFAULT_TSNE_PARAMS. */
export const tsneParamsSchema = z.object({
  /** The effective number of neighbours each point attends to; must be below the number of points. */
  perplexity: z.number().min(2).max(100),
  /** Gradient-descent iterations; null chooses by size (1,000). */
  iterations: z.number().int().min(50).max(10_000).nullable(),
  /** Step size; null uses the "auto" rule max(N / early exaggeration / 4, 50) of openTSNE and scikit-learn. */
  learningRate: z.number().positive().max(100_000).nullable(),
  metric: distanceMetricSchema,
  /**
   * Reduce the vectors with PCA to this many dimensions before the kNN graph (50 is common for D > 100): faster
   * on wide embeddings, and PCA drops noise directions. Null, absent or not below D: the vectors as they are.
   */
  pcaDims: z.number().int().min(2).max(1024).nullable().optional(),
});

/** The usual defaults (perplexity 30) with cosine distance, as for UMAP. */
export const DEFAULT_TSNE_PARAMS: z.infer<typeof tsneParamsSchema> = {
  perplexity: 30,
  iterations: null,
  learningRate: null,
  metric: 'cosine',
};

export const mapRequestSchema = z.object({
  datasetId: idSchema,
  textColumn: z.string().min(1),
  labelColumn: z.string().min(1).nullable(),
  embedderId: idSchema,
  method: reductionMethodSchema,
  dims: layoutDimsSchema,
  /** Seeds every random choice (SVD sketch, later UMAP/t-SNE), so the same request gives the same map. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  /** UMAP's parameters when `method` is 'umap'; DEFAULT_UMAP_PARAMS when absent. Ignored by other methods. */
  umap: umapParamsSchema.optional(),
  /** t-SNE's parameters when `method` is 'tsne'; DEFAULT_TSNE_PARAMS when absent. Ignored by other methods. */
  tsne: tsneParamsSchema.optional(),
  /** Where the points come from; embedding the text column when absent. */
  source: mapSourceSchema.optional(),
  /** Map a random (optionally stratified) sample of the rows; all rows when absent. */
  sample: sampleSpecSchema.optional(),
});

export const mapResultSchema = z.object({
  /** Names this map in later calls about its items (nearest neighbours in the original space). */
  mapId: idSchema,
  datasetId: idSchema,
  count: z.number().int().nonnegative(),
  dims: layoutDimsSchema,
  texts: z.array(z.string()),
  labels: z.array(z.string().nullable()),
  /** Row-major coordinates, `count × dims`. */
  coords: z.instanceof(Float32Array),
  /** Share of variance each output axis explains (PCA), in [0, 1]; empty for methods without one (UMAP). */
  explainedVariance: z.array(z.number()),
  /** Texts the embedder has no vector for (e.g. words outside a vocabulary): left off the map and listed. */
  unembedded: z.array(z.string()),
  /**
   * The data set's other columns (neither the text nor the label column), one value per mapped item, for
   * tooltips, search and colouring by a column.
   */
  columns: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  embedderId: idSchema,
  embeddingDimension: z.number().int().positive(),
  method: mapMethodSchema,
  seed: z.number().int(),
  elapsedMs: z.number().nonnegative(),
});

export const jobStageSchema = z.enum(['prepare', 'embed', 'reduce', 'cluster', 'evaluate', 'measure']);

export const errorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Bounds of a neighbour query: 100 neighbours is more than a list or a plot can show legibly. */
export const MAX_NEIGHBORS = 100;

export const nearestNeighborsResultSchema = z.object({
  metric: distanceMetricSchema,
  /** Nearest first. `score` is the cosine similarity (higher is nearer) or the euclidean distance (lower). */
  neighbors: z.array(z.object({ index: z.number().int().nonnegative(), score: z.number() })),
});

/** The word embedders that learn from a corpus on the user's machine. */
export const wordTrainingAlgorithmSchema = z.enum(['skipgram', 'cbow', 'ppmi-svd']);

/** What a word embedder learns from: a text file, or a column of an open data set. */
export const trainingCorpusSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LIMITS.maxFileBytes, {
      error: `file is larger than ${LIMITS.maxFileBytes} bytes`,
    }),
  }),
  z.object({ kind: z.literal('dataset'), datasetId: idSchema, column: z.string().min(1) }),
]);

/** word2vec's and PPMI-SVD's knobs, as teachers explain them. Every field is required. */
export const wordTrainingParamsSchema = z.object({
  /** Vector length. */
  dimension: z.number().int().min(2).max(300),
  /** Words on each side that count as context. */
  window: z.number().int().min(1).max(20),
  /** Passes over the corpus (word2vec; PPMI-SVD makes one). */
  epochs: z.number().int().min(1).max(100),
  /** Words seen fewer times are left out of the vocabulary. */
  minCount: z.number().int().min(1).max(1000),
  /** Negative samples per positive pair (word2vec). */
  negative: z.number().int().min(1).max(20),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
});

/** Sensible defaults for small classroom corpora (tens of thousands of words). */
export const DEFAULT_WORD_TRAINING_PARAMS: z.infer<typeof wordTrainingParamsSchema> = {
  dimension: 50,
  window: 5,
  epochs: 10,
  minCount: 2,
  negative: 5,
  seed: 42,
};

/** A model that is installed in the app's data folder. */
export const installedModelSchema = z.object({
  id: z.string().min(1),
  dimension: z.number().int().positive().nullable(),
  dtypes: z.array(z.string()),
  sizeBytes: z.number().int().nonnegative(),
  /** Why the model cannot be used (e.g. a file went missing), or null when it is fine. */
  problem: z.string().nullable(),
});

/** A recommended model the app knows how to download. */
export const catalogueModelSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  languages: z.array(z.string()),
  dimension: z.number().int().positive(),
  licence: z.string(),
  /** Approximate download size per dtype, in bytes. */
  sizes: z.record(z.string(), z.number().int().nonnegative()),
  installed: z.boolean(),
});

export const modelDtypeSchema = z.enum(['q8', 'fp32']);
