import { Matrix, SVD } from 'ml-matrix';

/** B's layout laid over A's, and how far apart they remain. */
export interface ProcrustesFit {
  /** `rows × dims`: B rotated (or reflected), scaled and shifted to match A, in A's units. */
  readonly aligned: Float32Array<ArrayBuffer>;
  /**
   * scipy.spatial.procrustes' disparity: the sum of squared differences between the standardised A (centred,
   * unit Frobenius norm) and the optimally transformed standardised B; 0 = same shape, at most 1.
   */
  readonly disparity: number;
}

interface Standardised {
  readonly centred: Matrix;
  readonly mean: Float64Array;
  /** Frobenius norm of the centred layout (0 when every point coincides). */
  readonly norm: number;
}

function standardise(coords: Float32Array, rows: number, dims: number): Standardised {
  const mean = new Float64Array(dims);
  for (let row = 0; row < rows; row++)
    for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (coords[row * dims + d] ?? 0) / rows;
  const centred = new Matrix(rows, dims);
  let squares = 0;
  for (let row = 0; row < rows; row++) {
    for (let d = 0; d < dims; d++) {
      const value = (coords[row * dims + d] ?? 0) - (mean[d] ?? 0);
      centred.set(row, d, value);
      squares += value * value;
    }
  }
  return { centred, mean, norm: Math.sqrt(squares) };
}

/**
 * Orthogonal Procrustes of layout B onto layout A (both `rows × dims`, row-major), as scipy does it: centre
 * both, scale each to unit Frobenius norm, then the rotation R = U Vᵀ from the SVD of Bᵀ A (reflections
 * allowed) and the scale s = trace(Σ). The dims × dims SVD is ml-matrix's (the library the core already uses
 * for eigenproblems). The aligned B is then put back in A's units — times A's norm, plus A's mean — so it
 * overlays A's plot directly.
 */
export function procrustes(a: Float32Array, b: Float32Array, rows: number, dims: number): ProcrustesFit {
  const sa = standardise(a, rows, dims);
  const sb = standardise(b, rows, dims);
  const aligned = new Float32Array(rows * dims);
  if (sa.norm === 0 || sb.norm === 0) {
    // A layout collapsed to one point has no shape to match: B is laid on A's centre.
    for (let row = 0; row < rows; row++)
      for (let d = 0; d < dims; d++) aligned[row * dims + d] = sa.mean[d] ?? 0;
    return { aligned, disparity: sa.norm === sb.norm ? 0 : 1 };
  }
  const unitA = sa.centred.div(sa.norm);
  const unitB = sb.centred.div(sb.norm);
  const svd = new SVD(unitB.transpose().mmul(unitA), { autoTranspose: true });
  const rotation = svd.leftSingularVectors.mmul(svd.rightSingularVectors.transpose());
  const scale = svd.diagonal.reduce((sum, value) => sum + value, 0);
  const fitted = unitB.mmul(rotation).mul(scale);
  let disparity = 0;
  for (let row = 0; row < rows; row++) {
    for (let d = 0; d < dims; d++) {
      const value = fitted.get(row, d);
      disparity += (unitA.get(row, d) - value) ** 2;
      aligned[row * dims + d] = value * sa.norm + (sa.mean[d] ?? 0);
    }
  }
  return { aligned, disparity: Math.max(0, disparity) };
}
