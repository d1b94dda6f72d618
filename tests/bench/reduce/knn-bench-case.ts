/**
 * One kNN-graph case in its own process: `tsx knn-bench-case.ts <data> <metric>` builds the all-points graph
 * UMAP uses on the app's worker pool (`EMBEDDING_STUDIO_THREADS=1`: one thread) (k = 14, the default 15 neighbours minus the row itself) and prints one JSON
 * line: wall and CPU seconds, peak RSS and recall against exact neighbours on 500 seeded rows.
 */
import type { DistanceMetric } from '../../../src/shared/contract';
import { buildKnnGraph } from '../../../src/core/knn/knn-graph';
import { knnRecall } from '../../../src/core/quality/knn-recall';
import { createNodeParallelExecutor } from '../../../src/node/parallel/node-parallel-executor';
import { loadBenchData } from './bench-data';
import { sampleOf } from './bench-sample';
import { MemorySampler } from './memory-sampler';

/** UMAP's default 15 neighbours count the row itself. */
const K = 14;
const SEED = 7;
const RECALL_QUERIES = 500;

const [dataName = 'synthetic-10000', metricArg = 'euclidean'] = process.argv.slice(2);
const metric: DistanceMetric = metricArg === 'cosine' ? 'cosine' : 'euclidean';
const data = loadBenchData(dataName);
const executor = createNodeParallelExecutor();
await executor?.ready();
const sampler = new MemorySampler();
const start = performance.now();
const cpuStart = process.cpuUsage();
const graph = await buildKnnGraph(data, {
  k: K,
  metric,
  seed: SEED,
  ...(executor === undefined ? {} : { executor }),
});
await executor?.close();
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const memory = sampler.stop();
const recall = knnRecall(data, graph, metric, sampleOf(RECALL_QUERIES, data.rows, SEED));
console.log(
  JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMiB: memory.maxRssMiB, recall }),
);
