/**
 * One PCA benchmark case in its own process: `tsx pca-bench-case.ts <ours|ml-pca|scran|exact> <data>`
 * reduces the data to 3 components and prints one JSON line: time (fit and projection), peak memory and
 * the explained-variance ratio of each component. `exact` is the reference the others are checked
 * against: the covariance summed in double precision row by row and ml-matrix's full symmetric
 * eigendecomposition.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { PCA } from 'ml-pca';
import * as scran from 'scran.js';
import type { EmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { pca } from '../../../src/core/reduce/pca';
import { loadBenchData } from './bench-data';
import { MemorySampler } from './memory-sampler';

const COMPONENTS = 3;

export interface PcaCaseResult {
  readonly seconds: number;
  /** CPU seconds (user + system) of the same span: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly maxRssMiB: number;
  /** Explained-variance ratio of each of the 3 components. */
  readonly ratios: number[];
}

async function run(impl: string, data: EmbeddingMatrix): Promise<number[]> {
  const { rows, cols } = data;
  switch (impl) {
    case 'ours':
      return (await pca(data, { components: COMPONENTS })).explainedVarianceRatio;
    case 'ml-pca': {
      const vectors = Array.from({ length: rows }, (_, r) =>
        Array.from(data.data.subarray(r * cols, (r + 1) * cols)),
      );
      const model = new PCA(vectors);
      model.predict(vectors, { nComponents: COMPONENTS });
      return model.getExplainedVariance().slice(0, COMPONENTS);
    }
    case 'scran': {
      // One thread, like ours; scran's matrices are features × observations, so our row-major rows are
      // its columns in column-major order, with no copy needed beyond the WebAssembly heap.
      await scran.initialize({ numberOfThreads: 1 });
      const matrix = scran.initializeDenseMatrixFromDenseArray(cols, rows, data.data, { columnMajor: true });
      const result = scran.runPca(matrix, { numberOfPCs: COMPONENTS, numberOfThreads: 1 });
      const total = result.totalVariance();
      const ratios = Array.from(result.varianceExplained(), (variance) => variance / total);
      result.free();
      matrix.free();
      await scran.terminate();
      return ratios;
    }
    default: {
      const upper = doubleCovariance(data);
      const full = new Matrix(cols, cols);
      let total = 0;
      for (let a = 0; a < cols; a++) {
        total += upper[a * cols + a] ?? 0;
        for (let b = a; b < cols; b++) {
          full.set(a, b, upper[a * cols + b] ?? 0);
          full.set(b, a, upper[a * cols + b] ?? 0);
        }
      }
      const eigen = new EigenvalueDecomposition(full, { assumeSymmetric: true });
      const values = [...eigen.realEigenvalues].sort((x, y) => y - x);
      return values.slice(0, COMPONENTS).map((value) => value / total);
    }
  }
}

/**
 * The reference's covariance (upper triangle, unscaled: the ratios do not need the divisor), centred and
 * summed in double precision row by row: independent of our single-precision SIMD blocks.
 */
function doubleCovariance(data: EmbeddingMatrix): Float64Array {
  const { rows, cols } = data;
  const mean = new Float64Array(cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) mean[c] = (mean[c] ?? 0) + (data.data[r * cols + c] ?? 0) / rows;
  const upper = new Float64Array(cols * cols);
  const centred = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) centred[c] = (data.data[r * cols + c] ?? 0) - (mean[c] ?? 0);
    for (let a = 0; a < cols; a++) {
      const x = centred[a] ?? 0;
      for (let b = a; b < cols; b++) upper[a * cols + b] = (upper[a * cols + b] ?? 0) + x * (centred[b] ?? 0);
    }
  }
  return upper;
}

const [impl = 'ours', dataName = 'synthetic-10000'] = process.argv.slice(2);
const data = loadBenchData(dataName);
const sampler = new MemorySampler();
const start = performance.now();
const cpuStart = process.cpuUsage();
const ratios = await run(impl, data);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const memory = sampler.stop();
const result: PcaCaseResult = { seconds, cpuSeconds, maxRssMiB: memory.maxRssMiB, ratios };
console.log(JSON.stringify(result));
