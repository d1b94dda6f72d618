import { sharedFloat64Array, sharedUint8Array } from '../parallel/shared-arrays';
import { allocateKernelMemory, kernelsForMemory, type QuantizedTile } from './kernel-memory';
import { quantizationLimit, quantizedDotJs, TILE_PAIRS } from './quantized-tile-kernel';
import { ZERO_VECTOR_COSINE_DISTANCE, type VectorSpace } from './vector-space';

/**
 * A vector space's rows as 16-bit integers, for the all-points search. Every value is scaled by one common
 * factor (the largest magnitude maps to {@link quantizationLimit}) and rounded, so a quantised squared
 * distance times `quantumSquared` is the squared distance up to about 1e-4 of it at 384 dimensions. The
 * search only ranks candidates with these; the graph's final neighbours are re-ranked with exact f32
 * distances ({@link knnOfSpace}), so rounding can only cost a neighbour that never became a candidate.
 *
 * Half the bytes of f32 and twice the multiply-adds per instruction ({@link QuantizedTileKernel}): the
 * search's distance work, most of its time, runs about 1.7× faster, and twice the rows fit the caches.
 */
export interface QuantizedRows {
  readonly rows: number;
  /** Values per row, the space's padded stride (a multiple of 8). */
  readonly cols: number;
  /** `rows × cols` quantised values, in kernel memory (shared with worker threads where there are any). */
  readonly values: Int16Array;
  /** Σ q² of each row: exact integers. */
  readonly norms: Float64Array;
  /** Squared distance per quantised unit², times ½ under cosine (the search's cosine units, see below). */
  readonly unit: number;
  readonly cosine: boolean;
  /** 1 for a zero row: under cosine it is {@link ZERO_VECTOR_COSINE_DISTANCE} from everything. */
  readonly zero: Uint8Array;
  /** Whether any row is zero (the common case, none, skips the check per pair). */
  readonly hasZeroRows: boolean;
  /** The WebAssembly memory holding `values` when it is shared; null otherwise. */
  readonly memory: object | null;
  /** The tile bound to `memory` in this thread, or null where WebAssembly SIMD is unavailable. */
  readonly tile: QuantizedTile | null;
}

/** What crosses to a worker thread: everything but the (thread-bound) tile. */
export type SharedQuantizedRows = Omit<QuantizedRows, 'tile'>;

/** Quantises the space's rows (see {@link QuantizedRows}) into their own kernel memory. */
export function quantizeRows(space: VectorSpace): QuantizedRows {
  const { data, rows, cols, cosine } = space;
  const { buffer, binding, memory } = allocateKernelMemory(rows * cols * 2);
  const values = new Int16Array(buffer, 0, rows * cols);
  let largest = 0;
  for (const value of data) largest = Math.max(largest, Math.abs(value));
  const limit = quantizationLimit(cols);
  const step = largest > 0 ? largest / limit : 1;
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
  // The zero flags are copied: the search reorders its rows (and their flags) without touching the space.
  const zero = sharedUint8Array(rows);
  zero.set(space.zero);
  const hasZeroRows = zero.includes(1);
  const tile = binding?.tile ?? null;
  // A plain (unshared) memory is this thread's alone: tasks run here and find the tile by the values.
  if (memory === null && tile !== null) plainTiles.set(values, tile);
  return { rows, cols, values, norms, unit, cosine, zero, hasZeroRows, memory, tile };
}

/** Tiles bound to plain WebAssembly memories (no threads can share those), by the rows they hold. */
const plainTiles = new WeakMap<Int16Array, QuantizedTile>();

/** The rows without their tile, for a task input that worker threads receive. */
export function shareQuantizedRows(rows: QuantizedRows): SharedQuantizedRows {
  const { tile: _tile, ...shared } = rows;
  return shared;
}

/** Rows received by a task, with this thread's tile bound to their memory (plain JS where there is none). */
export function bindQuantizedRows(rows: SharedQuantizedRows): QuantizedRows {
  if (rows.memory === null) return { ...rows, tile: plainTiles.get(rows.values) ?? null };
  return { ...rows, tile: kernelsForMemory(rows.memory, rows.values.byteLength).tile };
}

/** Where the plain-JS fallback writes its eight results (one per thread: each thread loads its own module). */
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
  rows: QuantizedRows,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  b2: number,
  b3: number,
): Float64Array {
  const { tile, norms, cols, unit } = rows;
  let dots: Int32Array;
  if (tile !== null) {
    const bytes = cols * 2;
    tile.dots(a0 * bytes, a1 * bytes, b0 * bytes, b1 * bytes, b2 * bytes, b3 * bytes, cols, tile.outByte);
    dots = tile.out;
  } else {
    const { values } = rows;
    [a0, a1].forEach((a, r) => {
      [b0, b1, b2, b3].forEach((b, c) => {
        replayDots[r * 4 + c] = quantizedDotJs(values, a * cols, b * cols, cols);
      });
    });
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
  if (rows.cosine && rows.hasZeroRows) {
    const { zero } = rows;
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 4; c++) {
        const a = r === 0 ? a0 : a1;
        const b = c === 0 ? b0 : c === 1 ? b1 : c === 2 ? b2 : b3;
        if ((zero[a] ?? 0) + (zero[b] ?? 0) > 0) distances[r * 4 + c] = ZERO_VECTOR_COSINE_DISTANCE;
      }
    }
  }
  return distances;
}

/**
 * Rearranges the rows in place so that position `p` holds what row `gather[p]` held: the values (following
 * each cycle of the permutation with one spare row), the norms and the zero flags.
 */
export function permuteQuantizedRows(rows: QuantizedRows, gather: Int32Array): void {
  const { values, cols } = rows;
  const spare = new Int16Array(cols);
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
  rows.norms.set(Float64Array.from(gather, (row) => rows.norms[row] ?? 0));
  rows.zero.set(Uint8Array.from(gather, (row) => rows.zero[row] ?? 0));
}
