import type { Cooperation } from '../../jobs/cooperation';
import { orthonormalizeColumns } from '../../math/orthonormalize';
import { createRandom } from '../../math/random';
import { accumulateTransposedRows, multiplyRows, type CsrMatrix } from '../../math/sparse-matrix';
import { symmetricEigen } from '../../math/symmetric-eigen';

/** How to run the sketch. */
export interface RandomizedSvdOptions {
  /** Number of singular directions wanted (k). */
  readonly rank: number;
  readonly seed: number;
  readonly cooperation: Cooperation;
  readonly onProgress: (fraction: number) => void;
}

/** 10 extra sketch columns: Halko, Martinsson & Tropp (2011) show 5–10 make the top-k subspace reliable. */
const OVERSAMPLING = 10;
/** Two power iterations sharpen a slowly decaying spectrum, which text data has (Halko et al., §4.5). */
const POWER_ITERATIONS = 2;
/** About 2 million multiply-adds per chunk: a few milliseconds, so yields stay frequent. */
const WORK_PER_CHUNK = 2_000_000;

/** Sparse products with yields in between, and a count of them for progress. */
class SketchProducts {
  private done = 0;
  /** One A·(Aᵀ·G) start, two products per power iteration, one final Aᵀ·Q. */
  private readonly total = 3 + 2 * POWER_ITERATIONS;

  constructor(
    private readonly matrix: CsrMatrix,
    private readonly width: number,
    private readonly options: RandomizedSvdOptions,
  ) {}

  /** Rows per chunk, from the average number of nonzeros per row. */
  private chunkRows(): number {
    const perRow = Math.max(1, (this.matrix.indices.length / Math.max(1, this.matrix.rows)) * this.width);
    return Math.max(1, Math.floor(WORK_PER_CHUNK / perRow));
  }

  /** A · dense (dense: cols × width) → rows × width. */
  async times(dense: Float64Array): Promise<Float64Array> {
    const out = new Float64Array(this.matrix.rows * this.width);
    await this.options.cooperation.forEachChunk(this.matrix.rows, this.chunkRows(), (from, to) => {
      multiplyRows(this.matrix, dense, this.width, out, from, to);
    });
    this.advance();
    return out;
  }

  /** Aᵀ · dense (dense: rows × width) → cols × width. */
  async transposeTimes(dense: Float64Array): Promise<Float64Array> {
    const out = new Float64Array(this.matrix.cols * this.width);
    await this.options.cooperation.forEachChunk(this.matrix.rows, this.chunkRows(), (from, to) => {
      accumulateTransposedRows(this.matrix, dense, this.width, out, from, to);
    });
    this.advance();
    return out;
  }

  private advance(): void {
    this.done++;
    this.options.onProgress(this.done / this.total);
  }
}

/** `rows × width` standard normal numbers from the seed. */
function gaussianMatrix(rows: number, width: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const out = new Float64Array(rows * width);
  for (let i = 0; i < out.length; i++) out[i] = random.nextGaussian();
  return out;
}

/** Q · W[:, :rank] · diag(σ): the rows' coordinates on the top singular directions (U·Σ), as float32. */
async function scaledLeftVectors(
  q: Float64Array,
  gram: Float64Array,
  shape: { rows: number; width: number; rank: number },
  cooperation: Cooperation,
): Promise<Float32Array<ArrayBuffer>> {
  const { rows, width, rank } = shape;
  const eigen = symmetricEigen(gram, width);
  const sigma = Array.from({ length: rank }, (_, c) => Math.sqrt(Math.max(0, eigen.values[c] ?? 0)));
  const out = new Float32Array(rows * rank);
  await cooperation.forEachChunk(rows, WORK_PER_CHUNK / (width * rank), (from, to) => {
    for (let row = from; row < to; row++) {
      for (let c = 0; c < rank; c++) {
        let sum = 0;
        for (let j = 0; j < width; j++)
          sum += (q[row * width + j] ?? 0) * (eigen.vectors[c * width + j] ?? 0);
        out[row * rank + c] = sum * (sigma[c] ?? 0);
      }
    }
  });
  return out;
}

/** Upper triangle of Zᵀ·Z for row-major `rows × width` Z (the small Gram matrix B·Bᵀ with B = Zᵀ). */
async function gramOfColumns(
  z: Float64Array,
  rows: number,
  width: number,
  cooperation: Cooperation,
): Promise<Float64Array> {
  const gram = new Float64Array(width * width);
  await cooperation.forEachChunk(rows, (2 * WORK_PER_CHUNK) / (width * width), (from, to) => {
    for (let row = from; row < to; row++) {
      const offset = row * width;
      for (let a = 0; a < width; a++) {
        const value = z[offset + a] ?? 0;
        if (value === 0) continue;
        for (let b = a; b < width; b++)
          gram[a * width + b] = (gram[a * width + b] ?? 0) + value * (z[offset + b] ?? 0);
      }
    }
  });
  return gram;
}

/**
 * Seeded randomised truncated SVD of a sparse matrix A (Halko, Martinsson & Tropp 2011, algorithms 4.3/5.1),
 * returning U_k·Σ_k as a row-major `rows × rank` Float32Array. The range finder starts from A·Aᵀ·G (G a
 * Gaussian `rows × (k + 10)` sketch, which avoids drawing a huge `cols × (k + 10)` one), runs power
 * iterations with re-orthonormalisation, and solves the small problem through the eigenvectors of B·Bᵀ
 * where B = Qᵀ·A — so only products with A and Aᵀ ever touch the big matrix.
 */
export async function randomizedSvd(
  matrix: CsrMatrix,
  options: RandomizedSvdOptions,
): Promise<Float32Array<ArrayBuffer>> {
  const { rows, cols } = matrix;
  const width = Math.min(options.rank + OVERSAMPLING, rows, cols);
  const products = new SketchProducts(matrix, width, options);
  const { cooperation } = options;
  let q = await products.times(await products.transposeTimes(gaussianMatrix(rows, width, options.seed)));
  await orthonormalizeColumns(q, rows, width, cooperation);
  for (let iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
    q = await products.times(await products.transposeTimes(q));
    await orthonormalizeColumns(q, rows, width, cooperation);
  }
  const z = await products.transposeTimes(q);
  const gram = await gramOfColumns(z, cols, width, cooperation);
  return scaledLeftVectors(q, gram, { rows, width, rank: Math.min(options.rank, width) }, cooperation);
}
