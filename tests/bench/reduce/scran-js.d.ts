/** The few scran.js calls the PCA benchmark makes; the package ships JavaScript without type declarations. */
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
}
