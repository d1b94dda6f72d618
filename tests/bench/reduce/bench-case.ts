/**
 * One benchmark case in its own process (so its peak memory is its own): `tsx bench-case.ts <impl> <data>
 * <metric>` runs our UMAP (`ours`: on the app's worker pool over every core; `ours-1t`: one thread;
 * `ours-pca50`: after PCA to 50 dimensions), umap-js or scran.js's UMAP (umappp in WebAssembly, one thread) on the data set,
 * then measures trustworthiness and kNN recall, and prints one JSON line.
 */
import * as scran from 'scran.js';
import { UMAP } from 'umap-js';
import type { DistanceMetric } from '../../../src/shared/contract';
import { DEFAULT_UMAP_PARAMS } from '../../../src/shared/contract';
import type { KnnGraph } from '../../../src/core/knn/knn-graph';
import {
  toEmbeddingMatrix,
  toLayoutCoordinates,
  type EmbeddingMatrix,
} from '../../../src/core/math/matrix-types';
import { createRandom } from '../../../src/core/math/random';
import { knnRecall } from '../../../src/core/quality/knn-recall';
import { trustworthiness } from '../../../src/core/quality/trustworthiness';
import { epochCount } from '../../../src/core/reduce/umap/epoch-schedule';
import { umap } from '../../../src/core/reduce/umap/umap';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { preReduce } from '../../../src/core/map/pre-reduce';
import { createNodeParallelExecutor } from '../../../src/node/parallel/node-parallel-executor';
import { loadBenchData } from './bench-data';
import { sampleOf, sampleRows } from './bench-sample';
import { MemorySampler } from './memory-sampler';

/** Trustworthiness is rows² work: measured on a seeded random sample of this many rows at most. */
const TRUST_SAMPLE = 2000;
const TRUST_K = 15;
/** Rows whose exact neighbours are computed for recall (rows × this many distances). */
const RECALL_QUERIES = 500;
const SEED = 7;
/** `ours-pca50`: our UMAP after the optional PCA pre-reduction to 50 dimensions (its time included). */
const PRE_REDUCED_DIMS = 50;

export interface CaseResult {
  readonly seconds: number;
  /**
   * CPU seconds (user + system, every thread of the process) of the same span: on a machine shared with other work, wall time stretches
   * with the load while CPU time barely does, so ratios of CPU time are the steadier comparison.
   */
  readonly cpuSeconds: number;
  readonly firstLayoutSeconds: number | null;
  readonly maxRssMiB: number;
  readonly heapMiB: number;
  readonly trust: number;
  readonly recall: number | null;
}

/** umap-js keeps its kNN graph (self first) in a private field; read it for the recall column. */
function peerGraph(peer: UMAP, rows: number): KnnGraph | null {
  const knn = (peer as unknown as { knnIndices?: number[][] }).knnIndices;
  if (knn === undefined) return null;
  const k = (knn[0]?.length ?? 1) - 1;
  const indices = new Int32Array(rows * k);
  knn.forEach((list, row) => {
    indices.set(list.filter((index) => index !== row).slice(0, k), row * k);
  });
  return { rows, k, indices, distances: new Float32Array(rows * k), exact: false };
}

async function run(
  impl: string,
  data: EmbeddingMatrix,
  metric: DistanceMetric,
): Promise<{
  layout: Float32Array<ArrayBuffer>;
  graph: KnnGraph | null;
  firstLayout: number | null;
  seconds: number;
  cpuSeconds: number;
}> {
  if (impl === 'ours' || impl === 'ours-pca50' || impl === 'ours-1t') {
    // What the app runs on: the worker pool over every core (none for ours-1t, or when that is one core),
    // started before the clock as the app starts it once, not per map.
    const executor = impl === 'ours-1t' ? undefined : createNodeParallelExecutor();
    await executor?.ready();
    const start = performance.now();
    const cpuStart = cpuNow();
    let firstLayout: number | null = null;
    const pcaDims = impl === 'ours-pca50' ? PRE_REDUCED_DIMS : null;
    const input = (await preReduce(data, pcaDims, uninterruptible(), () => undefined)).vectors;
    const result = await umap(input, {
      ...DEFAULT_UMAP_PARAMS,
      metric,
      dims: 2,
      seed: SEED,
      ...(executor === undefined ? {} : { executor }),
      onLayout: () => {
        firstLayout ??= (performance.now() - start) / 1000;
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = cpuNow() - cpuStart;
    await executor?.close();
    return { layout: result.coordinates.data, graph: result.knn, firstLayout, seconds, cpuSeconds };
  }
  if (impl === 'scran') return runScran(data, metric);
  // umap-js takes number[][]; the conversion is not timed.
  const vectors = Array.from({ length: data.rows }, (_, r) =>
    Array.from(data.data.subarray(r * data.cols, (r + 1) * data.cols)),
  );
  const random = createRandom(SEED);
  const peer = new UMAP({
    nComponents: 2,
    nNeighbors: DEFAULT_UMAP_PARAMS.neighbors,
    minDist: DEFAULT_UMAP_PARAMS.minDist,
    spread: DEFAULT_UMAP_PARAMS.spread,
    random: () => random.next(),
    // umap-js is euclidean by default; cosine as umap-learn defines it (1 − cos θ).
    ...(metric === 'cosine' ? { distanceFn: cosineDistance } : {}),
  });
  const start = performance.now();
  const cpuStart = cpuNow();
  const layout = Float32Array.from(peer.fit(vectors).flat());
  return {
    layout,
    graph: peerGraph(peer, data.rows),
    firstLayout: null,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: cpuNow() - cpuStart,
  };
}

/** User + system CPU seconds of this process so far. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/**
 * scran.js: its Annoy neighbour index and umappp, one thread like ours, with the epochs ours uses (umappp
 * defaults to 500 at any size). Its `neighbors` excludes the row itself, ours counts it (as umap-learn):
 * one neighbour more for scran. It is euclidean only, so for cosine the rows are normalised first (the
 * euclidean order of unit vectors is the cosine order). The copy into doubles is not timed.
 */
async function runScran(
  data: EmbeddingMatrix,
  metric: DistanceMetric,
): Promise<{
  layout: Float32Array<ArrayBuffer>;
  graph: null;
  firstLayout: null;
  seconds: number;
  cpuSeconds: number;
}> {
  const { rows, cols } = data;
  const values = Float64Array.from(data.data);
  if (metric === 'cosine') {
    for (let r = 0; r < rows; r++) {
      let norm = 0;
      for (let c = 0; c < cols; c++) norm += (values[r * cols + c] ?? 0) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let c = 0; c < cols; c++) values[r * cols + c] = (values[r * cols + c] ?? 0) * scale;
    }
  }
  await scran.initialize({ numberOfThreads: 1 });
  const start = performance.now();
  const cpuStart = cpuNow();
  // scran takes dimensions × observations column-major: exactly our row-major rows.
  const index = scran.buildNeighborSearchIndex(values, { numberOfDims: cols, numberOfCells: rows });
  const coordinates = scran.runUmap(index, {
    neighbors: DEFAULT_UMAP_PARAMS.neighbors,
    epochs: epochCount(rows, DEFAULT_UMAP_PARAMS.epochs),
    minDist: DEFAULT_UMAP_PARAMS.minDist,
    numberOfThreads: 1,
  });
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpuNow() - cpuStart;
  index.free();
  await scran.terminate();
  const layout = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    layout[2 * r] = coordinates.x[r] ?? 0;
    layout[2 * r + 1] = coordinates.y[r] ?? 0;
  }
  return { layout, graph: null, firstLayout: null, seconds, cpuSeconds };
}

function cosineDistance(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    na += (a[i] ?? 0) ** 2;
    nb += (b[i] ?? 0) ** 2;
  }
  return na === 0 || nb === 0 ? 1 : 1 - dot / Math.sqrt(na * nb);
}

const [impl = 'ours', dataName = 'synthetic-2000', metricArg = 'euclidean'] = process.argv.slice(2);
const metric: DistanceMetric = metricArg === 'cosine' ? 'cosine' : 'euclidean';
const data = loadBenchData(dataName);
const sampler = new MemorySampler();
const outcome = await run(impl, data, metric);
const memory = sampler.stop();
const sample = sampleOf(TRUST_SAMPLE, data.rows, SEED);
const trust = trustworthiness(
  toEmbeddingMatrix(sampleRows(data.data, data.cols, sample), sample.length, data.cols),
  toLayoutCoordinates(sampleRows(outcome.layout, 2, sample), sample.length, 2),
  TRUST_K,
  metric,
);
const recall =
  outcome.graph === null
    ? null
    : knnRecall(data, outcome.graph, metric, sampleOf(RECALL_QUERIES, data.rows, SEED));
const result: CaseResult = {
  seconds: outcome.seconds,
  cpuSeconds: outcome.cpuSeconds,
  firstLayoutSeconds: outcome.firstLayout,
  maxRssMiB: memory.maxRssMiB,
  heapMiB: memory.heapMiB,
  trust,
  recall,
};
console.log(JSON.stringify(result));
