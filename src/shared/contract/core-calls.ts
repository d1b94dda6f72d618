import { z } from 'zod';
import {
  catalogueModelSchema,
  datasetPreviewSchema,
  installedModelSchema,
  modelDtypeSchema,
  trainingCorpusSchema,
  wordTrainingAlgorithmSchema,
  wordTrainingParamsSchema,
  distanceMetricSchema,
  MAX_NEIGHBORS,
  nearestNeighborsResultSchema,
  embedderInfoSchema,
  idSchema,
  LIMITS,
  mapRequestSchema,
  sampleInfoSchema,
  encodingChoiceSchema,
} from './schemas';
import {
  exportProjectInput,
  exportProjectOutput,
  importProjectInput,
  importProjectOutput,
} from './project-calls';
import { analysisCalls } from './analysis-calls';
import { importCalls } from './import-calls';
import { projectUploadCalls } from './project-upload-calls';
import { qualityCalls } from './quality-calls';
import { vectorsLoadCalls } from './vectors-load-calls';

/** Two million items: above the largest map the app draws (a million points), and it bounds one request. */
const MAX_EXPORT_INDICES = 2_000_000;

/**
 * Every call the renderer (or the CLI) can make to the compute core, declared once. The Electron preload,
 * the IPC handlers, the web server and the renderer's clients are all typed from this object, and every
 * entry point validates its input with `input` before doing anything.
 */
export const coreCalls = {
  listSamples: {
    input: z.object({}),
    output: z.array(sampleInfoSchema),
  },
  listEmbedders: {
    input: z.object({}),
    output: z.array(embedderInfoSchema),
  },
  openSample: {
    input: z.object({ sampleId: idSchema }),
    output: datasetPreviewSchema,
  },
  openFile: {
    input: z.object({
      fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LIMITS.maxFileBytes, {
        error: `file is larger than ${LIMITS.maxFileBytes} bytes`,
      }),
      /** The text encoding; detected when absent or 'auto'. The preview says which one was used. */
      encoding: encodingChoiceSchema.optional(),
      /** Pad short rows and truncate long ones (counted in the preview) instead of failing on the first. */
      lenient: z.boolean().optional(),
    }),
    output: datasetPreviewSchema,
  },
  /**
   * Opens a copy of an open data set in which rows repeating an earlier row's (trimmed) text are merged into
   * that row, with a new `copies` column counting them; the original data set stays open.
   */
  mergeDuplicateTexts: {
    input: z.object({ datasetId: idSchema, textColumn: z.string().min(1) }),
    output: datasetPreviewSchema,
  },
  /**
   * Loads a word-vector file (GloVe text, word2vec/fastText .vec text, word2vec .bin) and offers it as an
   * embedder: each text is looked up as a word; texts outside the vocabulary are listed, never dropped silently.
   */
  loadWordVectors: {
    input: z.object({
      fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LIMITS.maxFileBytes, {
        error: `file is larger than ${LIMITS.maxFileBytes} bytes`,
      }),
      /** Keep only the first N words (files are ordered by frequency); null keeps all. */
      maxWords: z.number().int().positive().nullable(),
      /** Skip and count malformed lines instead of failing on the first one. */
      lenient: z.boolean(),
    }),
    output: z.object({
      embedder: embedderInfoSchema,
      words: z.number().int().nonnegative(),
      dimension: z.number().int().positive(),
      skippedLines: z.number().int().nonnegative(),
    }),
  },
  startMap: {
    input: mapRequestSchema,
    output: z.object({ jobId: idSchema }),
  },
  /**
   * The items nearest to one item of a finished map, measured in the original high-dimensional space (not
   * on the 2D/3D map, which distorts distances): the map's embeddings are kept for the latest few maps.
   */
  nearestNeighbors: {
    input: z.object({
      mapId: idSchema,
      index: z.number().int().nonnegative(),
      k: z.number().int().min(1).max(MAX_NEIGHBORS),
      metric: distanceMetricSchema,
    }),
    output: nearestNeighborsResultSchema,
  },
  /**
   * Trains a word embedder (word2vec skip-gram or CBOW, or PPMI + SVD) on a corpus, as a job with progress
   * (and the loss) and cancel; it ends with a `trained` event, and the embedder appears in listEmbedders.
   */
  trainWordEmbedder: {
    input: z.object({
      corpus: trainingCorpusSchema,
      algorithm: wordTrainingAlgorithmSchema,
      /** Shown in the embedder list; the embedder's id is derived from it. */
      name: z.string().min(1).max(80),
      params: wordTrainingParamsSchema,
    }),
    output: z.object({ jobId: idSchema }),
  },
  /** Installed models, the recommended catalogue, and whether the user has allowed downloads. */
  listModels: {
    input: z.object({}),
    output: z.object({
      installed: z.array(installedModelSchema),
      catalogue: z.array(catalogueModelSchema),
      downloadsAllowed: z.boolean(),
    }),
  },
  /** The user's switch for network access: off by default, and nothing downloads while it is off. */
  setDownloadsAllowed: {
    input: z.object({ allowed: z.boolean() }),
    output: z.object({ allowed: z.boolean() }),
  },
  /** Downloads a catalogue model (resumable) as a job with byte progress; ends with `model-ready`. */
  downloadModel: {
    input: z.object({ modelId: z.string().min(1).max(200), dtype: modelDtypeSchema }),
    output: z.object({ jobId: idSchema }),
  },
  removeModel: {
    input: z.object({ modelId: z.string().min(1).max(200) }),
    output: z.object({ removed: z.boolean() }),
  },
  /**
   * Packs finished maps (their data sets, embeddings, layouts and every parameter) and the renderer's opaque
   * view state into one project file (docs/project-format.md). The host saves the bytes.
   */
  exportProject: { input: exportProjectInput, output: exportProjectOutput },
  /**
   * Opens a project file: its data sets are opened and its maps restored (neighbours work at once) under new
   * ids, without recomputing anything; `renamedMaps` maps each saved map id to its new id.
   */
  importProject: { input: importProjectInput, output: importProjectOutput },
  ...projectUploadCalls,
  ...analysisCalls,
  ...importCalls,
  ...qualityCalls,
  ...vectorsLoadCalls,
  /**
   * The embeddings of a kept map as a NumPy `.npy` file (float32, C order): every item, or only `indices`
   * (e.g. the selection) in that order. `format: 'word2vec'` gives word2vec text instead (`N D`, then
   * `word v1 … vD` per item; whitespace in a text becomes `_`). The host saves the bytes.
   */
  exportEmbeddings: {
    input: z.object({
      mapId: idSchema,
      indices: z.array(z.number().int().nonnegative()).max(MAX_EXPORT_INDICES).nullable(),
      /** Absent: `npy` (the first version of this call had no format). */
      format: z.enum(['npy', 'word2vec']).optional(),
    }),
    output: z.object({ bytes: z.instanceof(Uint8Array) }),
  },
  cancelJob: {
    input: z.object({ jobId: idSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type CoreCalls = typeof coreCalls;
export type CoreCallName = keyof CoreCalls;
export const CORE_CALL_NAMES = Object.keys(coreCalls) as CoreCallName[];

export type CoreInput<Name extends CoreCallName> = z.infer<CoreCalls[Name]['input']>;
export type CoreOutput<Name extends CoreCallName> = z.infer<CoreCalls[Name]['output']>;

/** The core as a typed async API: one method per call. Implemented by the core itself and by every client. */
export type CoreApi = {
  [Name in CoreCallName]: (input: CoreInput<Name>) => Promise<CoreOutput<Name>>;
};

/** True when `name` is one of the declared calls (guards against prototype keys such as `toString`). */
export function isCoreCallName(name: string): name is CoreCallName {
  return Object.prototype.hasOwnProperty.call(coreCalls, name);
}
