import {
  validateCallInput,
  type CoreApi,
  type CoreInput,
  type CoreOutput,
  type DatasetPreview,
  type EmbedderInfo,
  type JobEventListener,
  type SampleInfo,
} from '../shared/contract';
import { StudioError } from '../shared/errors';
import type { AnalysisContext } from './analysis/analysis-context';
import { runAnalogyEvaluation, solveAnalogy } from './analogy/analogy-calls';
import { projectOnAxes } from './axes/project-on-axes';
import { runClustering } from './clustering/clustering-job';
import { comparableMaps, runCompareMaps, similarityMatrix } from './compare/compare-calls';
import { DatasetStore } from './dataset/dataset-store';
import { exportEmbeddings } from './export/export-embeddings';
import { parseTable } from './dataset/parse-table';
import { ImportSessions } from './dataset/streaming/import-sessions';
import { corpusLinesOf } from './embedders/corpus/corpus-lines';
import { trainWordEmbedder } from './embedders/corpus/train-word-embedder';
import type { Embedder } from './embedders/embedder';
import { EmbedderRegistry } from './embedders/embedder-registry';
import { TfidfSvdEmbedder } from './embedders/tfidf-svd/tfidf-svd-embedder';
import { parseWordVectors, sliceBytes } from './embedders/word-vectors/word-vector-parser';
import { WordVectorsEmbedder } from './embedders/word-vectors/word-vectors-embedder';
import { VectorsLoadSessions } from './embedders/word-vectors/vectors-load-sessions';
import { Cooperation, uninterruptible } from './jobs/cooperation';
import { JobRegistry } from './jobs/job-registry';
import { checkJobMemory, mapJobShape } from './jobs/map-memory-guard';
import type { MemoryJobShape } from './jobs/memory-estimate';
import { AUTO_K_MAX } from './clustering/choose-k';
import { runModelDownload } from './models/model-job';
import type { ModelManager } from './models/model-manager';
import type { EmbeddingMatrix } from './math/matrix-types';
import type { FittedReduction } from './reduce/transform/fitted-reduction';
import { MapStore } from './neighbors/map-store';
import { runMapQuality, usableK } from './quality/map-quality';
import { qualityMetric } from './quality/quality-metric';
import { keptMatrix } from './reduce/transform/kept-matrix';
import { placeItems } from './reduce/transform/place-items';
import { toLayoutCoordinates } from './math/matrix-types';
import { nearestNeighbors } from './neighbors/nearest-neighbors';
import type { ParallelExecutor } from './parallel/parallel-executor';
import { planMapJob } from './precomputed/plan-map-job';
import { ProjectService } from './project/project-service';
import { ProjectUploads } from './project/project-uploads';
import type { SampleSource } from './samples/sample-source';

/** Runs synchronous work as a promise, so a throw becomes a rejection like in the async methods. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** What a core is built from. */
export interface StudioCoreOptions {
  /** Where bundled samples come from (the file system in Node, memory in tests). */
  readonly samples: SampleSource;
  /** Embedders offered besides the built-in `tfidf-svd` (e.g. a host's neural models). */
  readonly embedders?: readonly Embedder[];
  /** The host's transformer models (downloads, removal); without one the core lists no models. */
  readonly models?: ModelManager;
  /**
   * Bytes the host can give a job now (free memory, bounded by the JS heap's headroom); a map whose
   * estimate exceeds it is refused with `insufficient-memory` before it starts. Without one nothing is checked.
   */
  readonly memoryBudget?: () => number;
  /** Threads for long computations (a host's worker pool); without one everything runs on the core's thread. */
  readonly parallel?: ParallelExecutor;
}

/**
 * The compute core: opens data sets, runs map jobs (embed → PCA) and streams their events. Pure: no Node,
 * Electron or DOM APIs, so the same class runs in a worker thread, the CLI and behind the web server.
 * Every method validates its input against the contract first, since callers sit across a process boundary.
 */
export class StudioCore implements CoreApi {
  private readonly samples: SampleSource;
  private readonly embedders: EmbedderRegistry;
  private readonly datasets = new DatasetStore();
  private readonly imports = new ImportSessions(this.datasets);
  private readonly jobs = new JobRegistry();
  private readonly maps = new MapStore();
  private readonly projects = new ProjectService(this.datasets, this.maps);
  private readonly projectUploads = new ProjectUploads((input) => this.projects.importProject(input));
  private readonly models: ModelManager | undefined;
  private readonly analysis: AnalysisContext;
  private readonly vectorsLoads: VectorsLoadSessions;
  private readonly memoryBudget: (() => number) | undefined;
  private readonly parallel: ParallelExecutor | undefined;

  constructor(options: StudioCoreOptions) {
    this.samples = options.samples;
    this.memoryBudget = options.memoryBudget;
    this.parallel = options.parallel;
    this.models = options.models;
    this.embedders = new EmbedderRegistry([new TfidfSvdEmbedder(), ...(options.embedders ?? [])]);
    this.vectorsLoads = new VectorsLoadSessions(this.embedders);
    this.analysis = {
      embedders: this.embedders,
      maps: {
        vectors: (mapId) => this.maps.get(mapId),
        result: (mapId) => this.projects.result(mapId),
      },
    };
  }

  /** Subscribes to every job's events; returns the function that unsubscribes. */
  onJobEvent(listener: JobEventListener): () => void {
    return this.jobs.subscribe(listener);
  }

  /** The bundled samples. */
  async listSamples(input: CoreInput<'listSamples'>): Promise<SampleInfo[]> {
    validateCallInput('listSamples', input);
    return this.samples.list();
  }

  /** The embedders this core offers. */
  listEmbedders(input: CoreInput<'listEmbedders'>): Promise<EmbedderInfo[]> {
    return settle(() => {
      validateCallInput('listEmbedders', input);
      return this.embedders.list();
    });
  }

  /** Opens a bundled sample like a user's file; `unknown-sample` lists the samples that exist. */
  async openSample(input: CoreInput<'openSample'>): Promise<DatasetPreview> {
    const { sampleId } = validateCallInput('openSample', input);
    const samples = await this.samples.list();
    if (!samples.some((sample) => sample.id === sampleId)) {
      const available = samples.map((sample) => sample.id).join(', ');
      throw new StudioError(
        'unknown-sample',
        `There is no sample "${sampleId}"; available samples: ${available}.`,
        {
          sampleId,
          available,
        },
      );
    }
    const file = await this.samples.read(sampleId);
    return this.datasets.add(parseTable(file.fileName, file.bytes));
  }

  /** Decodes and parses a user's file, keeps it in memory and returns a preview. */
  openFile(input: CoreInput<'openFile'>): Promise<DatasetPreview> {
    return settle(() => {
      const { fileName, bytes, encoding, lenient } = validateCallInput('openFile', input);
      return this.datasets.add(parseTable(fileName, bytes, { encoding, lenient }));
    });
  }

  /**
   * Opens the data set with rows repeating an earlier row's text merged (see merge-duplicate-texts.ts) as a
   * new data set, leaving the original open so the user can go back to it.
   */
  mergeDuplicateTexts(input: CoreInput<'mergeDuplicateTexts'>): Promise<DatasetPreview> {
    return settle(() => {
      const { datasetId, textColumn } = validateCallInput('mergeDuplicateTexts', input);
      return this.datasets.mergeDuplicateTexts(datasetId, textColumn);
    });
  }

  /** Starts a streamed import of a big file (chunks follow with appendImport); see import-sessions.ts. */
  beginImport(input: CoreInput<'beginImport'>): Promise<CoreOutput<'beginImport'>> {
    return settle(() => this.imports.begin(validateCallInput('beginImport', input)));
  }

  /** Decodes and parses the next chunk of a streamed import. */
  appendImport(input: CoreInput<'appendImport'>): Promise<CoreOutput<'appendImport'>> {
    return settle(() => this.imports.append(validateCallInput('appendImport', input)));
  }

  /** Ends a streamed import: its rows (or sample) become a data set, previewed like openFile's. */
  finishImport(input: CoreInput<'finishImport'>): Promise<CoreOutput<'finishImport'>> {
    return settle(() => this.imports.finish(validateCallInput('finishImport', input)));
  }

  /** Drops a streamed import (the user cancelled); open data sets are untouched. */
  abortImport(input: CoreInput<'abortImport'>): Promise<CoreOutput<'abortImport'>> {
    return settle(() => this.imports.abort(validateCallInput('abortImport', input)));
  }

  /**
   * Parses a word-vector file (GloVe, .vec or word2vec .bin) and offers it as the embedder
   * `vectors:<file name>`; loading a file of the same name again replaces that embedder.
   */
  async loadWordVectors(input: CoreInput<'loadWordVectors'>): Promise<CoreOutput<'loadWordVectors'>> {
    const { fileName, bytes, maxWords, lenient } = validateCallInput('loadWordVectors', input);
    // Parsed in slices with yields between them, so other calls to this worker are answered meanwhile.
    const parsed = await parseWordVectors(
      sliceBytes(bytes),
      { fileName, maxWords, lenient },
      uninterruptible(),
    );
    const embedder = new WordVectorsEmbedder(fileName, parsed.vectors);
    this.embedders.set(embedder);
    return {
      embedder: embedder.info,
      words: parsed.vectors.rows,
      dimension: parsed.vectors.dimension,
      skippedLines: parsed.skippedLines,
    };
  }

  /** Starts a streamed load of a big word-vector file (chunks follow); see vectors-load-sessions.ts. */
  beginVectorsLoad(input: CoreInput<'beginVectorsLoad'>): Promise<CoreOutput<'beginVectorsLoad'>> {
    return settle(() => this.vectorsLoads.begin(validateCallInput('beginVectorsLoad', input)));
  }

  /** Parses the next chunk of a streamed word-vector load; answers once it is consumed. */
  async appendVectorsLoad(input: CoreInput<'appendVectorsLoad'>): Promise<CoreOutput<'appendVectorsLoad'>> {
    return this.vectorsLoads.append(validateCallInput('appendVectorsLoad', input));
  }

  /** Ends a streamed word-vector load: the vectors become an embedder, as loadWordVectors does. */
  async finishVectorsLoad(input: CoreInput<'finishVectorsLoad'>): Promise<CoreOutput<'finishVectorsLoad'>> {
    return this.vectorsLoads.finish(validateCallInput('finishVectorsLoad', input));
  }

  /** Cancels a streamed word-vector load; embedders loaded before are untouched. */
  abortVectorsLoad(input: CoreInput<'abortVectorsLoad'>): Promise<CoreOutput<'abortVectorsLoad'>> {
    return settle(() => this.vectorsLoads.abort(validateCallInput('abortVectorsLoad', input)));
  }

  /**
   * Validates a map request and starts it as a job; progress and the result arrive as job events. The rows
   * may be sampled, and the points may come from numeric columns or a .npy file instead of an embedder.
   */
  startMap(input: CoreInput<'startMap'>): Promise<CoreOutput<'startMap'>> {
    return settle(() => {
      const request = validateCallInput('startMap', input);
      const table = this.datasets.get(request.datasetId);
      if (this.memoryBudget !== undefined) {
        const shape = mapJobShape(
          request,
          table,
          () => this.embedders.get(request.embedderId).info.dimension,
        );
        checkJobMemory(shape, this.memoryBudget());
      }
      const run = planMapJob(request, table, {
        embedder: (embedderId) => this.embedders.get(embedderId),
        keepEmbeddings: (mapId: string, embeddings: EmbeddingMatrix): void => {
          this.maps.put(mapId, embeddings);
        },
        keepFitted: (mapId, fitted) => {
          this.maps.putFitted(mapId, fitted);
        },
        parallel: this.parallel,
      });
      const jobId = this.jobs.start(async (control) => {
        const result = await run(control);
        // A copy of the coordinates: the done event's array may be transferred to another thread.
        this.projects.remember(request, table, { ...result, coords: new Float32Array(result.coords) });
        return { type: 'done', result };
      });
      return { jobId };
    });
  }

  /** Packs finished maps and the renderer's view into a project file's bytes (docs/project-format.md). */
  async exportProject(input: CoreInput<'exportProject'>): Promise<CoreOutput<'exportProject'>> {
    return this.projects.exportProject(validateCallInput('exportProject', input));
  }

  /** Opens a project file: its data sets and maps come back as they were saved, nothing is recomputed. */
  async importProject(input: CoreInput<'importProject'>): Promise<CoreOutput<'importProject'>> {
    return this.projects.importProject(validateCallInput('importProject', input));
  }

  /** Starts a project file sent in chunks (bigger than one `importProject` may carry); see project-uploads.ts. */
  beginProjectImport(input: CoreInput<'beginProjectImport'>): Promise<CoreOutput<'beginProjectImport'>> {
    return settle(() => this.projectUploads.begin(validateCallInput('beginProjectImport', input)));
  }

  /** Takes the next chunk of a project upload. */
  appendProjectImport(input: CoreInput<'appendProjectImport'>): Promise<CoreOutput<'appendProjectImport'>> {
    return settle(() => this.projectUploads.append(validateCallInput('appendProjectImport', input)));
  }

  /** Opens a fully uploaded project file, as `importProject` does. */
  async finishProjectImport(
    input: CoreInput<'finishProjectImport'>,
  ): Promise<CoreOutput<'finishProjectImport'>> {
    return this.projectUploads.finish(validateCallInput('finishProjectImport', input));
  }

  /** Drops a project upload. */
  abortProjectImport(input: CoreInput<'abortProjectImport'>): Promise<CoreOutput<'abortProjectImport'>> {
    return settle(() => this.projectUploads.abort(validateCallInput('abortProjectImport', input)));
  }

  /** The nearest items to one item of a finished map, in the original embedding space. */
  nearestNeighbors(input: CoreInput<'nearestNeighbors'>): Promise<CoreOutput<'nearestNeighbors'>> {
    return settle(() => nearestNeighbors(this.maps, validateCallInput('nearestNeighbors', input)));
  }

  /**
   * Trains a word embedder (word2vec skip-gram / CBOW, or PPMI + SVD) on a text file or a data-set column as a
   * job: progress carries words/s and the loss; it ends with `trained`, and the embedder `trained:<slug>` is
   * registered (a second run under the same name replaces it). An unknown data set or column fails at once.
   */
  trainWordEmbedder(input: CoreInput<'trainWordEmbedder'>): Promise<CoreOutput<'trainWordEmbedder'>> {
    return settle(() => {
      const { corpus, algorithm, name, params } = validateCallInput('trainWordEmbedder', input);
      const readLines = corpusLinesOf(corpus, (datasetId) => this.datasets.get(datasetId));
      const jobId = this.jobs.start(async (control) => {
        const { lines, label } = readLines();
        const outcome = await trainWordEmbedder(
          { lines, params, origin: { name, algorithm, corpus: label } },
          new Cooperation(control.signal),
          (stage, fraction, counts, measures) => {
            control.progress(stage, fraction, counts, measures);
          },
        );
        this.embedders.set(outcome.embedder);
        const { vocabulary, tokens, finalLoss } = outcome;
        return { type: 'trained', embedder: outcome.embedder.info, vocabulary, tokens, finalLoss };
      });
      return { jobId };
    });
  }

  /** Installed models, the recommended catalogue (each marked installed) and the download switch. */
  async listModels(input: CoreInput<'listModels'>): Promise<CoreOutput<'listModels'>> {
    validateCallInput('listModels', input);
    if (this.models === undefined) return { installed: [], catalogue: [], downloadsAllowed: false };
    const { installed, catalogue } = await this.models.list();
    return { installed, catalogue, downloadsAllowed: await this.models.downloadsAllowed() };
  }

  /** Saves the user's download switch (off by default; while off nothing touches the network). */
  async setDownloadsAllowed(
    input: CoreInput<'setDownloadsAllowed'>,
  ): Promise<CoreOutput<'setDownloadsAllowed'>> {
    const { allowed } = validateCallInput('setDownloadsAllowed', input);
    return { allowed: await this.modelManager().setDownloadsAllowed(allowed) };
  }

  /**
   * Downloads a catalogue model as a job with byte progress; it ends with `model-ready`, and the model is
   * then the embedder `model:<id>`. A download that cannot start (switch off, unknown model) rejects here,
   * before any job or network request exists.
   */
  async downloadModel(input: CoreInput<'downloadModel'>): Promise<CoreOutput<'downloadModel'>> {
    const request = validateCallInput('downloadModel', input);
    const models = this.modelManager();
    await models.checkDownload(request.modelId, request.dtype);
    const jobId = this.jobs.start((control) =>
      runModelDownload(models, request, control, (embedder) => {
        this.embedders.set(embedder);
      }),
    );
    return { jobId };
  }

  /** Deletes an installed model and withdraws its embedder. */
  async removeModel(input: CoreInput<'removeModel'>): Promise<CoreOutput<'removeModel'>> {
    const { modelId } = validateCallInput('removeModel', input);
    const { embedderId } = await this.modelManager().remove(modelId);
    this.embedders.remove(embedderId);
    return { removed: true };
  }

  /** Solves `a − b + c` by cosine over the embedder's vocabulary, or over a map's items. */
  async solveAnalogy(input: CoreInput<'solveAnalogy'>): Promise<CoreOutput<'solveAnalogy'>> {
    return solveAnalogy(this.analysis, validateCallInput('solveAnalogy', input));
  }

  /** Evaluates a word embedder on an analogy question file as a job ending with `analogy-report`. */
  startAnalogyEvaluation(
    input: CoreInput<'startAnalogyEvaluation'>,
  ): Promise<CoreOutput<'startAnalogyEvaluation'>> {
    return settle(() => {
      const request = validateCallInput('startAnalogyEvaluation', input);
      this.embedders.get(request.embedderId);
      return { jobId: this.jobs.start((control) => runAnalogyEvaluation(this.analysis, request, control)) };
    });
  }

  /** Clusters a map's items in the original space as a job ending with `clusters`. */
  startClustering(input: CoreInput<'startClustering'>): Promise<CoreOutput<'startClustering'>> {
    return settle(() => {
      const request = validateCallInput('startClustering', input);
      this.analysis.maps.result(request.mapId);
      if (this.memoryBudget !== undefined) {
        const { rows, dimension } = this.maps.get(request.mapId);
        // Density clustering builds a kNN graph like UMAP's (min_samples neighbours per point).
        const shape: MemoryJobShape =
          request.method === 'kmeans'
            ? { rows, dimension, method: 'kmeans', dims: 2, clusters: request.k ?? AUTO_K_MAX }
            : { rows, dimension, method: 'umap', dims: 2, neighbors: request.minClusterSize };
        checkJobMemory(shape, this.memoryBudget());
      }
      return { jobId: this.jobs.start((control) => runClustering(this.analysis, request, control)) };
    });
  }

  /** Projects a map's items onto 1–3 concept axes. */
  async projectOnAxes(input: CoreInput<'projectOnAxes'>): Promise<CoreOutput<'projectOnAxes'>> {
    return projectOnAxes(this.analysis, validateCallInput('projectOnAxes', input));
  }

  /**
   * Aligns two maps of the same items (Procrustes) and scores their per-item neighbourhood overlap, as a job
   * ending with `map-comparison`; missing or incomparable maps are refused before it starts.
   */
  startCompareMaps(input: CoreInput<'startCompareMaps'>): Promise<CoreOutput<'startCompareMaps'>> {
    return settle(() => {
      const request = validateCallInput('startCompareMaps', input);
      comparableMaps(this.analysis, request);
      return { jobId: this.jobs.start((control) => runCompareMaps(this.analysis, request, control)) };
    });
  }

  /** Pairwise similarities of chosen items of a map, for the heatmap. */
  async similarityMatrix(input: CoreInput<'similarityMatrix'>): Promise<CoreOutput<'similarityMatrix'>> {
    return similarityMatrix(this.analysis, validateCallInput('similarityMatrix', input));
  }

  /**
   * How much a finished map distorts its data (trustworthiness, continuity, kNN preservation, per item), as a
   * job ending with `map-quality`; a missing or too small map is refused before it starts.
   */
  startMapQuality(input: CoreInput<'startMapQuality'>): Promise<CoreOutput<'startMapQuality'>> {
    return settle(() => {
      const { mapId, k } = validateCallInput('startMapQuality', input);
      const result = this.projects.result(mapId);
      usableK(k, result.count);
      const measured = {
        vectors: keptMatrix(this.maps.get(mapId)),
        layout: toLayoutCoordinates(new Float32Array(result.coords), result.count, result.dims),
        k,
        metric: qualityMetric(this.projects.request(mapId)),
      };
      return { jobId: this.jobs.start((control) => runMapQuality(measured, control)) };
    });
  }

  /** Embeds new texts with a map's embedder and places them on it without recomputing the map. */
  async placeItems(input: CoreInput<'placeItems'>): Promise<CoreOutput<'placeItems'>> {
    const request = validateCallInput('placeItems', input);
    const { mapId } = request;
    const context = {
      result: this.projects.result(mapId),
      request: this.projects.request(mapId),
      vectors: this.maps.get(mapId),
      fitted: this.maps.fitted(mapId),
      keepFitted: (fitted: FittedReduction): void => {
        this.maps.putFitted(mapId, fitted);
      },
      embedders: this.embedders,
    };
    return placeItems(context, request);
  }

  /** A kept map's embeddings (all items or the chosen ones) as a NumPy `.npy` file. */
  exportEmbeddings(input: CoreInput<'exportEmbeddings'>): Promise<CoreOutput<'exportEmbeddings'>> {
    return settle(() => {
      const request = validateCallInput('exportEmbeddings', input);
      return exportEmbeddings(
        this.maps.get(request.mapId),
        request,
        () => this.projects.result(request.mapId).texts,
      );
    });
  }

  /** Cancels a job: `{ cancelled: true }` if it was running, false if it had already ended. */
  cancelJob(input: CoreInput<'cancelJob'>): Promise<CoreOutput<'cancelJob'>> {
    return settle(() => {
      const { jobId } = validateCallInput('cancelJob', input);
      return { cancelled: this.jobs.cancel(jobId) };
    });
  }

  private modelManager(): ModelManager {
    if (this.models !== undefined) return this.models;
    throw new StudioError(
      'invalid-model',
      'This Embedding Studio has no model manager (a core without a host): models cannot be downloaded or removed here.',
    );
  }
}
