import { createRandom } from './random';
import { symmetricEigen, type SymmetricEigen } from './symmetric-eigen';

/**
 * Extra directions iterated beyond twice the requested count: subspace iteration converges for eigenvector
 * i like (λ_{width+1} / λ_i)^iterations, so a wider block moves the ratio away from 1 (embedding spectra
 * often hold a dozen similar leading values, e.g. one per topic cluster).
 */
const OVERSAMPLE = 8;
/**
 * Iterate only while the block is narrow: an iteration costs size² × width multiply-adds and the dense
 * decomposition about 4·size³, so with up to ~30 iterations the iteration wins only below size / 8.
 */
const WIDTH_SHARE_LIMIT = 1 / 8;
/** Below this size the dense decomposition takes a few milliseconds: no reason to approximate. */
const DENSE_MAX_SIZE = 96;
/** Iterations before giving up on convergence and taking the dense decomposition instead. */
const MAX_ITERATIONS = 40;
/**
 * Converged when every wanted Ritz pair has ‖C·v − θ·v‖ ≤ this × the largest eigenvalue: the eigenvalues are
 * then off by about the square of that over the gap (far below double rounding of the variance ratios), and
 * the vectors by about this over the relative gap.
 */
const RESIDUAL_TOLERANCE = 1e-9;
/** The start block is random but fixed: the same matrix always gives the same bytes. */
const START_SEED = 0x5eed;

/**
 * The `count` largest eigenpairs of a symmetric `size × size` matrix given by its upper triangle (row-major),
 * largest first, vectors column-major (`vectors[c · size .. (c + 1) · size)`, unit length). For a few pairs
 * of a large matrix this is block subspace iteration with Rayleigh–Ritz (Saad, "Numerical Methods for Large
 * Eigenvalue Problems", ch. 5), stopped by a residual test; whenever that cannot certify convergence within
 * its budget, or the matrix is small, the dense decomposition answers instead, so the result is always
 * accurate. A block of width ≥ the multiplicity of an eigenvalue finds all its copies.
 */
export function topSymmetricEigen(upper: Float64Array, size: number, count: number): SymmetricEigen {
  const wanted = Math.min(count, size);
  const width = Math.min(size, 2 * wanted + OVERSAMPLE);
  const iterated =
    size > DENSE_MAX_SIZE && width <= WIDTH_SHARE_LIMIT * size
      ? subspaceIteration(upper, size, wanted, width)
      : null;
  return iterated ?? truncate(symmetricEigen(upper, size), wanted);
}

/** The first `count` pairs of a full decomposition. */
function truncate(eigen: SymmetricEigen, count: number): SymmetricEigen {
  return {
    values: eigen.values.slice(0, count),
    vectors: eigen.vectors.slice(0, count * eigen.size),
    size: eigen.size,
  };
}

/** Block subspace iteration; null when the residuals do not fall below the tolerance within the budget. */
function subspaceIteration(
  upper: Float64Array,
  size: number,
  count: number,
  width: number,
): SymmetricEigen | null {
  const full = mirror(upper, size);
  const random = createRandom(START_SEED);
  const basis = Float64Array.from({ length: size * width }, () => random.nextGaussian());
  orthonormalize(basis, size, width);
  const image = new Float64Array(size * width);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    multiply(full, size, basis, width, image);
    const ritz = symmetricEigen(projected(basis, image, size, width), width);
    const vectors = combine(basis, ritz.vectors, size, width);
    const images = combine(image, ritz.vectors, size, width);
    if (converged(vectors, images, ritz.values, size, count)) {
      return { values: ritz.values.slice(0, count), vectors: vectors.slice(0, count * size), size };
    }
    basis.set(images);
    orthonormalize(basis, size, width);
  }
  return null;
}

/** The full symmetric matrix, row-major, from its upper triangle. */
function mirror(upper: Float64Array, size: number): Float64Array {
  const full = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = r; c < size; c++) {
      const value = upper[r * size + c] ?? 0;
      full[r * size + c] = value;
      full[c * size + r] = value;
    }
  }
  return full;
}

/** out = M · B for the row-major symmetric M and column-major B (`size × width`): contiguous dot products. */
function multiply(
  full: Float64Array,
  size: number,
  basis: Float64Array,
  width: number,
  out: Float64Array,
): void {
  for (let j = 0; j < width; j++) {
    const column = j * size;
    for (let r = 0; r < size; r++) {
      const row = r * size;
      let sum = 0;
      for (let c = 0; c < size; c++) sum += (full[row + c] ?? 0) * (basis[column + c] ?? 0);
      out[column + r] = sum;
    }
  }
}

/** Bᵀ·(M·B), symmetrised, as the upper triangle of a row-major `width × width` matrix. */
function projected(basis: Float64Array, image: Float64Array, size: number, width: number): Float64Array {
  const small = new Float64Array(width * width);
  for (let i = 0; i < width; i++) {
    for (let j = i; j < width; j++) {
      let ij = 0;
      let ji = 0;
      for (let r = 0; r < size; r++) {
        ij += (basis[i * size + r] ?? 0) * (image[j * size + r] ?? 0);
        ji += (basis[j * size + r] ?? 0) * (image[i * size + r] ?? 0);
      }
      small[i * width + j] = 0.5 * (ij + ji);
    }
  }
  return small;
}

/** B · S for column-major B (`size × width`) and S (`width × width`). */
function combine(basis: Float64Array, mix: Float64Array, size: number, width: number): Float64Array {
  const out = new Float64Array(size * width);
  for (let j = 0; j < width; j++) {
    for (let i = 0; i < width; i++) {
      const weight = mix[j * width + i] ?? 0;
      if (weight === 0) continue;
      for (let r = 0; r < size; r++)
        out[j * size + r] = (out[j * size + r] ?? 0) + weight * (basis[i * size + r] ?? 0);
    }
  }
  return out;
}

/** Whether ‖M·v_i − θ_i·v_i‖ ≤ tolerance × |θ_0| for the first `count` Ritz pairs. */
function converged(
  vectors: Float64Array,
  images: Float64Array,
  values: Float64Array,
  size: number,
  count: number,
): boolean {
  const bound = RESIDUAL_TOLERANCE * Math.abs(values[0] ?? 0);
  for (let i = 0; i < count; i++) {
    const theta = values[i] ?? 0;
    let squared = 0;
    for (let r = 0; r < size; r++) {
      const residual = (images[i * size + r] ?? 0) - theta * (vectors[i * size + r] ?? 0);
      squared += residual * residual;
    }
    if (!(Math.sqrt(squared) <= bound)) return false;
  }
  return true;
}

/**
 * Orthonormal columns (column-major, in place) by two passes of modified Gram–Schmidt ("twice is enough");
 * a column that is dependent on the earlier ones becomes zero.
 */
function orthonormalize(columns: Float64Array, size: number, width: number): void {
  for (let c = 0; c < width; c++) {
    const offset = c * size;
    const original = Math.sqrt(dot(columns, offset, offset, size));
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p < c; p++) {
        const projection = dot(columns, offset, p * size, size);
        for (let i = 0; i < size; i++)
          columns[offset + i] = (columns[offset + i] ?? 0) - projection * (columns[p * size + i] ?? 0);
      }
    }
    const norm = Math.sqrt(dot(columns, offset, offset, size));
    // Below 1e-10 of its own length a column is rounding left over from its projections: dependent.
    const scale = norm > 1e-10 * original && norm > 0 ? 1 / norm : 0;
    for (let i = 0; i < size; i++) columns[offset + i] = (columns[offset + i] ?? 0) * scale;
  }
}

function dot(data: Float64Array, a: number, b: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (data[a + i] ?? 0) * (data[b + i] ?? 0);
  return sum;
}
