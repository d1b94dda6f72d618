/**
 * One t-SNE benchmark case in its own process: `tsx tsne-bench-case.ts <ours|wasm-bhtsne|keckelt> <data>
 * <budget s>` runs our Barnes–Hut t-SNE, `wasm-bhtsne` (Rust's Barnes–Hut `bhtsne` in WebAssembly, the
 * fastest t-SNE on npm that runs here) or @keckelt/tsne (exact O(N²), a typed port of tSNEJS) for 1,000
 * iterations at perplexity 30, then measures trustworthiness, and prints one JSON line. A peer stops early
 * when its time budget runs out (the exact one needs hours at 10,000 rows); its full time is then
 * extrapolated from the iterations it managed, and the row says so.
 */
import { TSNE } from '@keckelt/tsne';
import { DEFAULT_TSNE_PARAMS } from '../../../src/shared/contract';
import {
  toEmbeddingMatrix,
  toLayoutCoordinates,
  type EmbeddingMatrix,
} from '../../../src/core/math/matrix-types';
import { continuity } from '../../../src/core/quality/continuity';
import { trustworthiness } from '../../../src/core/quality/trustworthiness';
import { tsne } from '../../../src/core/reduce/tsne/tsne';
import { loadBenchData } from './bench-data';
import { sampleOf, sampleRows } from './bench-sample';
import { MemorySampler } from './memory-sampler';
import { bhtsneRows, createBhtsne, loadBhtsne } from './wasm-bhtsne-peer';

const ITERATIONS = 1000;
/** A budget-limited Barnes–Hut peer still runs this many iterations, so its time per iteration is a mean. */
const MIN_TIMED_ITERATIONS = 25;
/** Quality is rows² work: measured on a seeded random sample of this many rows at most. */
const QUALITY_SAMPLE = 2000;
const QUALITY_K = 15;
const SEED = 7;

export interface TsneCaseResult {
  readonly seconds: number;
  /** Iterations actually run (below 1,000 when the peer ran out of budget). */
  readonly iterations: number;
  /** Time for all 1,000 iterations: measured, or extrapolated from those run. */
  readonly fullSeconds: number;
  readonly maxRssMiB: number;
  readonly heapMiB: number;
  readonly trust: number;
  readonly continuity: number;
}

async function run(
  impl: string,
  data: EmbeddingMatrix,
  budgetSeconds: number,
): Promise<{ layout: Float32Array<ArrayBuffer>; seconds: number; iterations: number; fullSeconds: number }> {
  const start = performance.now();
  if (impl === 'ours') {
    const result = await tsne(data, {
      ...DEFAULT_TSNE_PARAMS,
      metric: 'euclidean',
      iterations: ITERATIONS,
      dims: 2,
      seed: SEED,
    });
    const seconds = (performance.now() - start) / 1000;
    return { layout: result.coordinates.data, seconds, iterations: ITERATIONS, fullSeconds: seconds };
  }
  if (impl === 'wasm-bhtsne') return runBhtsne(data, budgetSeconds);
  // The peer takes number[][]; the conversion is not timed. Its default learning rate (epsilon) is 10.
  const vectors = Array.from({ length: data.rows }, (_, r) =>
    Array.from(data.data.subarray(r * data.cols, (r + 1) * data.cols)),
  );
  const begin = performance.now();
  const peer = new TSNE({ perplexity: DEFAULT_TSNE_PARAMS.perplexity, dim: 2, epsilon: 10 });
  peer.initDataRaw(vectors);
  const setup = (performance.now() - begin) / 1000;
  // At least one step, so that a set-up which alone outlasts the budget still yields a time per iteration.
  let iterations = 0;
  do {
    peer.step();
    iterations++;
  } while (iterations < ITERATIONS && (performance.now() - begin) / 1000 < budgetSeconds);
  const seconds = (performance.now() - begin) / 1000;
  const perIteration = (seconds - setup) / iterations;
  const solution = peer.getSolution() as number[][];
  return {
    layout: Float32Array.from(solution.flat()),
    seconds,
    iterations,
    fullSeconds: setup + perIteration * ITERATIONS,
  };
}

/**
 * `wasm-bhtsne` with our schedule and Barnes–Hut accuracy (θ = 0.5) and its own learning rate (200, close to
 * our automatic N/48 at 10,000 rows). Its constructor builds the neighbour graph: that is set-up time; the
 * conversion to plain arrays and the WebAssembly instantiation are not timed.
 */
async function runBhtsne(
  data: EmbeddingMatrix,
  budgetSeconds: number,
): Promise<{ layout: Float32Array<ArrayBuffer>; seconds: number; iterations: number; fullSeconds: number }> {
  const vectors = bhtsneRows(data.data, data.rows, data.cols);
  await loadBhtsne();
  const begin = performance.now();
  const peer = await createBhtsne(vectors, {
    perplexity: DEFAULT_TSNE_PARAMS.perplexity,
    theta: 0.5,
    earlyIterations: 250,
  });
  const setup = (performance.now() - begin) / 1000;
  let iterations = 0;
  do {
    peer.step();
    iterations++;
  } while (
    iterations < ITERATIONS &&
    (iterations < MIN_TIMED_ITERATIONS || (performance.now() - begin) / 1000 < budgetSeconds)
  );
  const seconds = (performance.now() - begin) / 1000;
  const layout = peer.solution();
  peer.free();
  return {
    layout,
    seconds,
    iterations,
    fullSeconds: setup + ((seconds - setup) / iterations) * ITERATIONS,
  };
}

const [impl = 'ours', dataName = 'synthetic-2000', budget = '90'] = process.argv.slice(2);
const data = loadBenchData(dataName);
const sampler = new MemorySampler();
const outcome = await run(impl, data, Number(budget));
const memory = sampler.stop();
const sample = sampleOf(QUALITY_SAMPLE, data.rows, SEED);
const vectors = toEmbeddingMatrix(sampleRows(data.data, data.cols, sample), sample.length, data.cols);
const layout = toLayoutCoordinates(sampleRows(outcome.layout, 2, sample), sample.length, 2);
const result: TsneCaseResult = {
  seconds: outcome.seconds,
  iterations: outcome.iterations,
  fullSeconds: outcome.fullSeconds,
  maxRssMiB: memory.maxRssMiB,
  heapMiB: memory.heapMiB,
  trust: trustworthiness(vectors, layout, QUALITY_K, 'euclidean'),
  continuity: continuity(vectors, layout, QUALITY_K, 'euclidean'),
};
console.log(JSON.stringify(result));
