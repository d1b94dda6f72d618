import { sharedFloat64Array, sharedUint8Array } from '../parallel/shared-arrays';
import { allocateKernelMemory, kernelsForMemory, type KernelBinding } from './kernel-memory';
import { squaredDistanceJs } from './squared-distance-kernel';
import { quantizationLimit, quantizedDotJs, TILE_PAIRS } from './quantized-tile-kernel';
import { ZERO_VECTOR_COSINE_DISTANCE, type VectorSpace } from './vector-space';

/**
 * A private copy of a vector space's rows for the all-points search, in its own kernel memory (the search
 * reorders it freely), normally as 16-bit integers. Every value is scaled by one common factor (the largest
 * magnitude maps to {@link quantizationLimit}) and rounded, so a quantised squared distance times `unit` is
 * the squared distance up to about 1e-4 of it at 384 dimensions. The search only ranks candidates with
 * these; the graph's final neighbours are re-ranked with exact f32 distances (`rerankExactly`), so rounding
 * can only cost a neighbour that never became a candidate.
 *
 * Half the bytes of f32 and twice the multiply-adds per instruction ({@link QuantizedTileKernel}): the
 * search's distance work, most of its time, runs about 1.7× faster, and twice the rows fit the caches.
 *
 * One common scale fails data whose rows differ wildly in size: a single value of 10⁶ among values near 1
 * rounds every other row to almost nothing (recall 0.006 on such data), rows scaled by 1/1000 keep 3 bits
 * (0.72). When more than {@link COARSE_ROWS_SHARE} of the non-zero rows would be shorter than
 * {@link COARSE_ROW_STEPS} quantisation steps, the copy stays f32 (`exact`) and the search measures with the
 * pair-at-a-time f32 kernel instead: slower, never wrong.
 */
export interface SearchRows {
  readonly rows: number;
  /** Values per row, the space's padded stride (a multiple of 8). */
  readonly cols: number;
  /** `rows × cols` quantised values in kernel memory (shared with worker threads where there are any); empty when `exact`. */
  readonly values: Int16Array;
  /** The rows as f32 in kernel memory when quantising them would lose too much; null otherwise. */
  readonly exact: Float32Array | null;
  /** Σ q² of each quantised row: exact integers (unused when `exact`). */
  readonly norms: Float64Array;
  /** Squared distance per quantised unit² (1 when `exact`), times ½ under cosine (the search's cosine units). */
  readonly unit: number;
  readonly cosine: boolean;
  /** 1 for a zero row: under cosine it is {@link ZERO_VECTOR_COSINE_DISTANCE} from everything. */
  readonly zero: Uint8Array;
  /** Whether any row is zero (the common case, none, skips the check per pair). */
  readonly hasZeroRows: boolean;
  /** The WebAssembly memory holding the rows when it is shared; null otherwise. */
  readonly memory: object | null;
  /** The kernels bound to the rows' memory in this thread, or null where WebAssembly SIMD is unavailable. */
  readonly kernels: KernelBinding | null;
}

/** What crosses to a worker thread: everything but the (thread-bound) kernels. */
export type SharedSearchRows = Omit<SearchRows, 'kernels'>;

/**
 * A row shorter than this many quantisation steps keeps under 10 bits of its own precision (a unit row of
 * 384-d embeddings is ~4,000 steps long, a row of the benchmark's clusters ~10,000).
 */
const COARSE_ROW_STEPS = 1024;
/** Above this share of coarse rows, quantising would cost more recall than it is worth: search in f32. */
const COARSE_ROWS_SHARE = 0.01;

/** Copies the space's rows for the search (see {@link SearchRows}), quantised unless that would lose too much. */
export function prepareSearchRows(space: VectorSpace): SearchRows {
  const { data, rows, cols, cosine } = space;
  // One pass over the rows: the largest magnitude (the scale) and each row's squared length (coarseness).
  let largest = 0;
  const lengths = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let squared = 0;
    for (let c = row * cols; c < (row + 1) * cols; c++) {
      const value = data[c] ?? 0;
      largest = Math.max(largest, Math.abs(value));
      squared += value * value;
    }
    lengths[row] = squared;
  }
  const step = largest > 0 ? largest / quantizationLimit(cols) : 1;
  // The zero flags are copied: the search reorders its rows (and their flags) without touching the space.
  const zero = sharedUint8Array(rows);
  zero.set(space.zero);
  const shared = { rows, cols, cosine, zero, hasZeroRows: zero.includes(1) };
  if (coarseRows(lengths, step) > COARSE_ROWS_SHARE * rows) {
    const { buffer, binding, memory } = allocateKernelMemory(rows * cols * 4);
    const exact = new Float32Array(buffer, 0, rows * cols);
    exact.set(data);
    const unit = cosine ? 0.5 : 1;
    return withKernels(
      { ...shared, values: new Int16Array(0), exact, norms: new Float64Array(0), unit, memory },
      binding,
    );
  }
  const { buffer, binding, memory } = allocateKernelMemory(rows * cols * 2);
  const values = new Int16Array(buffer, 0, rows * cols);
  const perStep = 1 / step;
  const norms = sharedFloat64Array(rows);
  for (let row = 0; row < rows; row++) {
    let norm = 0;
    for (let c = row * cols; c < (row + 1) * cols; c++) {
      const q = Math.round((data[c] ?? 0) * perStep);
      values[c] = q;
      norm += q * q;
    }
    norms[row] = norm;
  }
  const unit = step * step * (cosine ? 0.5 : 1);
  return withKernels({ ...shared, values, exact: null, norms, unit, memory }, binding);
}

/** How many non-zero rows (by squared length) are shorter than {@link COARSE_ROW_STEPS} steps of `step`. */
function coarseRows(lengths: Float64Array, step: number): number {
  const shortest = (COARSE_ROW_STEPS * step) ** 2;
  let coarse = 0;
  for (const squared of lengths) if (squared > 0 && squared < shortest) coarse++;
  return coarse;
}

/** The rows with their kernels; a plain (unshared) memory's are also kept for tasks run on this thread. */
function withKernels(rows: SharedSearchRows, kernels: KernelBinding | null): SearchRows {
  if (rows.memory === null && kernels !== null) plainKernels.set(activeRows(rows), kernels);
  return { ...rows, kernels };
}

/** The array the search reads: the f32 rows, or the quantised ones. */
function activeRows(rows: SharedSearchRows): Float32Array | Int16Array {
  return rows.exact ?? rows.values;
}

/** Kernels bound to plain WebAssembly memories (no threads can share those), by the rows they hold. */
const plainKernels = new WeakMap<object, KernelBinding>();

/** The rows without their kernels, for a task input that worker threads receive. */
export function shareSearchRows(rows: SearchRows): SharedSearchRows {
  const { kernels: _kernels, ...shared } = rows;
  return shared;
}

/** Rows received by a task, with this thread's kernels bound to their memory (plain JS where there are none). */
export function bindSearchRows(rows: SharedSearchRows): SearchRows {
  if (rows.memory === null) return { ...rows, kernels: plainKernels.get(activeRows(rows)) ?? null };
  return { ...rows, kernels: kernelsForMemory(rows.memory, activeRows(rows).byteLength) };
}

/**
 * The six rows of the current {@link tileDistances} call (a0, a1, b0 … b3), for the paths that loop over
 * them; one per thread, as each thread loads its own module.
 */
const tileRows = new Int32Array(6);
/** Where the plain-JS fallback writes its eight results. */
const replayDots = new Int32Array(TILE_PAIRS);
/** The eight distances of the last {@link tileDistances} call on this thread. */
const distances = new Float64Array(TILE_PAIRS);

/**
 * Search distances of rows a0 and a1 to rows b0 … b3 (result `aRow × 4 + bColumn`): the quantised squared
 * distance (|a|² + |b|² − 2 a·b, exact in integers) times the unit, by the WebAssembly tile or its
 * plain-JS replay (the same numbers). Under cosine a zero row is {@link ZERO_VECTOR_COSINE_DISTANCE} from
 * everything. The returned array is overwritten by the next call on this thread.
 */
export function tileDistances(
  rows: SearchRows,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  b2: number,
  b3: number,
): Float64Array {
  tileRows[0] = a0;
  tileRows[1] = a1;
  tileRows[2] = b0;
  tileRows[3] = b1;
  tileRows[4] = b2;
  tileRows[5] = b3;
  if (rows.exact !== null) return exactTileDistances(rows, rows.exact);
  const { norms, cols, unit } = rows;
  const tile = rows.kernels?.tile ?? null;
  let dots: Int32Array;
  if (tile !== null) {
    const bytes = cols * 2;
    tile.dots(a0 * bytes, a1 * bytes, b0 * bytes, b1 * bytes, b2 * bytes, b3 * bytes, cols, tile.outByte);
    dots = tile.out;
  } else {
    const { values } = rows;
    for (let pair = 0; pair < TILE_PAIRS; pair++) {
      replayDots[pair] = quantizedDotJs(values, rowA(pair) * cols, rowB(pair) * cols, cols);
    }
    dots = replayDots;
  }
  // Written out, not looped over arrays: this runs some 10⁸ times in a large search, and any array made
  // here per call would be garbage to collect.
  const normA0 = norms[a0] ?? 0;
  const normA1 = norms[a1] ?? 0;
  const normB0 = norms[b0] ?? 0;
  const normB1 = norms[b1] ?? 0;
  const normB2 = norms[b2] ?? 0;
  const normB3 = norms[b3] ?? 0;
  distances[0] = (normA0 + normB0 - 2 * (dots[0] ?? 0)) * unit;
  distances[1] = (normA0 + normB1 - 2 * (dots[1] ?? 0)) * unit;
  distances[2] = (normA0 + normB2 - 2 * (dots[2] ?? 0)) * unit;
  distances[3] = (normA0 + normB3 - 2 * (dots[3] ?? 0)) * unit;
  distances[4] = (normA1 + normB0 - 2 * (dots[4] ?? 0)) * unit;
  distances[5] = (normA1 + normB1 - 2 * (dots[5] ?? 0)) * unit;
  distances[6] = (normA1 + normB2 - 2 * (dots[6] ?? 0)) * unit;
  distances[7] = (normA1 + normB3 - 2 * (dots[7] ?? 0)) * unit;
  applyZeroRule(rows);
  return distances;
}

/** The A row of pair `pair` of the tile (`aRow × 4 + bColumn`), from {@link tileRows}. */
function rowA(pair: number): number {
  return tileRows[pair >> 2] ?? 0;
}

/** The B row of pair `pair` of the tile, from {@link tileRows}. */
function rowB(pair: number): number {
  return tileRows[2 + (pair & 3)] ?? 0;
}

/** The eight distances of the rows in {@link tileRows} by the f32 pair kernel (or its exact replay). */
function exactTileDistances(rows: SearchRows, exact: Float32Array): Float64Array {
  const { cols, unit } = rows;
  const kernel = rows.kernels?.distance ?? null;
  for (let pair = 0; pair < TILE_PAIRS; pair++) {
    const a = rowA(pair) * cols;
    const b = rowB(pair) * cols;
    const squared = kernel === null ? squaredDistanceJs(exact, a, b, cols) : kernel(a * 4, b * 4, cols);
    distances[pair] = unit * squared;
  }
  applyZeroRule(rows);
  return distances;
}

/** Under cosine, any pair of the tile with a zero row is {@link ZERO_VECTOR_COSINE_DISTANCE} apart. */
function applyZeroRule(rows: SearchRows): void {
  if (!rows.cosine || !rows.hasZeroRows) return;
  const { zero } = rows;
  for (let pair = 0; pair < TILE_PAIRS; pair++) {
    if ((zero[rowA(pair)] ?? 0) + (zero[rowB(pair)] ?? 0) > 0) distances[pair] = ZERO_VECTOR_COSINE_DISTANCE;
  }
}

/**
 * Rearranges the rows in place so that position `p` holds what row `gather[p]` held: the values (following
 * each cycle of the permutation with one spare row), the norms and the zero flags.
 */
export function permuteSearchRows(rows: SearchRows, gather: Int32Array): void {
  const values = activeRows(rows);
  const { cols } = rows;
  const spare = values.slice(0, cols);
  const done = new Uint8Array(rows.rows);
  for (let start = 0; start < rows.rows; start++) {
    if (done[start] === 1) continue;
    spare.set(values.subarray(start * cols, (start + 1) * cols));
    let position = start;
    for (;;) {
      done[position] = 1;
      const source = gather[position] ?? position;
      if (source === start) {
        values.set(spare, position * cols);
        break;
      }
      values.copyWithin(position * cols, source * cols, (source + 1) * cols);
      position = source;
    }
  }
  if (rows.norms.length > 0) rows.norms.set(Float64Array.from(gather, (row) => rows.norms[row] ?? 0));
  rows.zero.set(Uint8Array.from(gather, (row) => rows.zero[row] ?? 0));
}
