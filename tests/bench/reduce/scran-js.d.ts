/** The few scran.js calls the PCA and UMAP benchmarks make; the package ships JavaScript without type declarations. */
declare module 'scran.js' {
  /** A matrix living in scran's WebAssembly heap; rows are features, columns are observations. */
  export interface ScranMatrix {
    free(): void;
  }
  export interface RunPcaResults {
    /** Variance explained by each computed PC (not a ratio). */
    varianceExplained(): Float64Array;
    /** Total variance of the (centred) data, the ratio's denominator. */
    totalVariance(): number;
    free(): void;
  }
  export function initialize(options?: { numberOfThreads?: number; localFile?: boolean }): Promise<void>;
  export function terminate(): Promise<void>;
  export function initializeDenseMatrixFromDenseArray(
    rows: number,
    columns: number,
    values: Float64Array | Float32Array,
    options?: { columnMajor?: boolean },
  ): ScranMatrix;
  export function runPca(
    matrix: ScranMatrix,
    options?: { numberOfPCs?: number; numberOfThreads?: number },
  ): RunPcaResults;
  /** An Annoy (approximate) neighbour index over `numberOfCells` points of `numberOfDims` (column-major). */
  export interface NeighborSearchIndex {
    free(): void;
  }
  export function buildNeighborSearchIndex(
    values: Float64Array,
    options: { numberOfDims: number; numberOfCells: number; approximate?: boolean },
  ): NeighborSearchIndex;
  /** umappp's layout of the indexed points: x and y per point. */
  export function runUmap(
    index: NeighborSearchIndex,
    options?: { neighbors?: number; epochs?: number; minDist?: number; numberOfThreads?: number },
  ): { x: Float64Array; y: Float64Array };
}
