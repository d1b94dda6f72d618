import { EVD, Matrix } from 'ml-matrix';

/** Eigenpairs of a symmetric matrix, largest eigenvalue first. */
export interface SymmetricEigen {
  /** Eigenvalues in descending order. */
  readonly values: Float64Array;
  /** Column-major eigenvectors: vector `c` is `vectors[c * size .. (c + 1) * size)`, unit length. */
  readonly vectors: Float64Array;
  readonly size: number;
}

/**
 * Eigendecomposition of a symmetric `size × size` matrix given row-major. Uses ml-matrix's Householder
 * tridiagonalisation + QL (tred2/tql2), which is exact to rounding and fast for the sizes we meet (≤ ~1024).
 * Only the upper triangle needs to be filled in; it is mirrored here.
 */
export function symmetricEigen(upper: Float64Array, size: number): SymmetricEigen {
  const full = Matrix.zeros(size, size);
  for (let row = 0; row < size; row++) {
    for (let col = row; col < size; col++) {
      const value = upper[row * size + col] ?? 0;
      full.set(row, col, value);
      full.set(col, row, value);
    }
  }
  const evd = new EVD(full, { assumeSymmetric: true });
  const order = evd.realEigenvalues
    .map((value, index) => ({ value, index }))
    .sort((a, b) => b.value - a.value);
  const values = new Float64Array(size);
  const vectors = new Float64Array(size * size);
  order.forEach(({ value, index }, rank) => {
    values[rank] = value;
    for (let row = 0; row < size; row++) vectors[rank * size + row] = evd.eigenvectorMatrix.get(row, index);
  });
  return { values, vectors, size };
}
