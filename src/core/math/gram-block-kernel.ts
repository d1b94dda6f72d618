import {
  compileOrNull,
  F32X4_ADD,
  F32X4_MUL,
  I32,
  I32_ADD,
  I32_SUB,
  i32Const,
  localGet,
  localSet,
  localTee,
  PAGE_BYTES,
  SIMD,
  V128,
  v128Load,
  wasmApi,
  singleFunctionModule,
  sumLanes,
} from './wasm-bytes';

/**
 * The covariance's hot loop as a hand-assembled WebAssembly SIMD function: the dot products of two columns
 * of a block of rows with a run of four-column tiles (a 2 × 4 register tile, f32x4 over rows, eight
 * accumulators), about 5× the speed of the best plain-JS double loop. Each product sums at most a block of
 * rows in single precision (a few hundred terms, ~1e-6 relative); callers add the results into a
 * double-precision total. {@link GramBlock.tilesJs} replays the same lanes in the same order with
 * Math.fround, so the results are bit-identical with or without WebAssembly SIMD.
 */
export interface GramBlock {
  /** Floats per column, a multiple of 4 (rows of the block; unused rows must be zero). */
  readonly rows: number;
  /** Columns, padded to a multiple of 4 (padding columns must be zero). */
  readonly cols: number;
  /** The block, column-major: column c is `data[c · rows .. (c + 1) · rows)`. */
  readonly data: Float32Array<ArrayBuffer>;
  /** Results of the last {@link GramBlock.tiles} call: 8 per tile (column a × 4, then a + 1 × 4). */
  readonly out: Float32Array<ArrayBuffer>;
  /**
   * Dot products of columns `a` and `a + 1` (a even) with columns `b … b + 4·tiles − 1` (b a multiple of 4)
   * into `out`: for tile t, `out[8t + 4i + j]` = column (a + i) · column (b + 4t + j).
   */
  tiles(a: number, b: number, tiles: number): void;
  /** Whether the SIMD kernel runs (false: the bit-identical plain-JS replay). */
  readonly simd: boolean;
}

/** Floats per v128. */
const LANES = 4;

/** `tiles(aByteOffset, bByteOffset, tiles, columnBytes, outByteOffset)`. */
type TilesKernel = (a: number, b: number, tiles: number, stride: number, out: number) => void;

const zeroV128 = (): number[] => [SIMD, 0x0c, ...new Array<number>(16).fill(0)];
/** f32.store with 4-byte alignment at a static offset (< 128). */
const f32Store = (offset: number): number[] => [0x38, 0x02, offset];

// Locals: params 0 a, 1 b, 2 tiles, 3 stride, 4 out; i32 5 offset, 6 a + stride, 7–9 the tile's other three
// column addresses; v128 10–13 column a's accumulators, 14–17 column a + 1's, 18 a's lanes, 19 a + 1's, 20 b's.
const OFFSET = 5;
const A1 = 6;
const B_COLUMNS = [1, 7, 8, 9] as const;
const ACC = 10;
const VA0 = 18;
const VA1 = 19;
const VB = 20;

/** acc[i] += a · b_i and acc[4 + i] += (a + 1) · b_i for the four columns of the tile, four rows at a time. */
function innerStep(): number[] {
  const code = [
    ...localGet(0),
    ...localGet(OFFSET),
    I32_ADD,
    ...v128Load(0),
    ...localSet(VA0),
    ...localGet(A1),
    ...localGet(OFFSET),
    I32_ADD,
    ...v128Load(0),
    ...localSet(VA1),
  ];
  B_COLUMNS.forEach((column, i) => {
    code.push(
      ...localGet(column),
      ...localGet(OFFSET),
      I32_ADD,
      ...v128Load(0),
      ...localTee(VB),
      ...localGet(VA0),
      ...F32X4_MUL,
      ...localGet(ACC + i),
      ...F32X4_ADD,
      ...localSet(ACC + i),
      ...localGet(VB),
      ...localGet(VA1),
      ...F32X4_MUL,
      ...localGet(ACC + 4 + i),
      ...F32X4_ADD,
      ...localSet(ACC + 4 + i),
    );
  });
  return code;
}

function body(): number[] {
  const code: number[] = [2, 5, I32, 11, V128];
  code.push(...localGet(0), ...localGet(3), I32_ADD, ...localSet(A1));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop over tiles
  code.push(...localGet(2), 0x45, 0x0d, 1); // tiles == 0: break
  for (let i = 1; i < 4; i++)
    code.push(...localGet(B_COLUMNS[i - 1] ?? 1), ...localGet(3), I32_ADD, ...localSet(B_COLUMNS[i] ?? 1));
  for (let i = 0; i < 8; i++) code.push(...zeroV128(), ...localSet(ACC + i));
  code.push(...i32Const(0), ...localSet(OFFSET));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop over rows
  code.push(...localGet(OFFSET), ...localGet(3), 0x4f, 0x0d, 1); // offset ≥ stride: break
  code.push(...innerStep());
  code.push(...localGet(OFFSET), ...i32Const(16), I32_ADD, ...localSet(OFFSET), 0x0c, 0, 0x0b, 0x0b);
  for (let i = 0; i < 8; i++)
    code.push(...localGet(4), ...sumLanes(ACC + i, 'sequential'), ...f32Store(4 * i));
  code.push(...localGet(4), ...i32Const(32), I32_ADD, ...localSet(4));
  code.push(...localGet(1), ...localGet(3), ...i32Const(2), 0x74, I32_ADD, ...localSet(1)); // b += 4 columns
  code.push(...localGet(2), ...i32Const(1), I32_SUB, ...localSet(2));
  code.push(0x0c, 0, 0x0b, 0x0b, 0x0b); // continue; end loop; end block; end function
  return code;
}

let compiled: object | null | undefined;

function kernelModule(): object | null {
  compiled ??= compileOrNull(() => singleFunctionModule('tiles', [I32, I32, I32, I32, I32], [], body()));
  return compiled;
}

/**
 * A block of `rows` (rounded up to a multiple of 4) × `cols` (rounded up to a multiple of 4) floats in
 * WebAssembly memory with its kernel, or in a plain buffer with the JS replay where SIMD is unavailable.
 * `forceJs` selects the replay (for tests that compare the two).
 */
export function createGramBlock(rows: number, cols: number, forceJs = false): GramBlock {
  const paddedRows = Math.max(LANES, Math.ceil(rows / LANES) * LANES);
  const paddedCols = Math.max(LANES, Math.ceil(cols / LANES) * LANES);
  const blockFloats = paddedRows * paddedCols;
  // Room for two output floats per column: at most cols / 4 tiles of 8 results.
  const outFloats = 2 * paddedCols;
  const module = forceJs ? null : kernelModule();
  if (wasmApi === undefined || module === null) {
    const data = new Float32Array(blockFloats);
    const out = new Float32Array(outFloats);
    return {
      rows: paddedRows,
      cols: paddedCols,
      data,
      out,
      simd: false,
      tiles: (a, b, tiles) => {
        tilesJs(data, out, paddedRows, a, b, tiles);
      },
    };
  }
  const bytes = 4 * (blockFloats + outFloats);
  const memory = new wasmApi.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE_BYTES)) });
  const kernel = new wasmApi.Instance(module, { env: { memory } }).exports['tiles'] as TilesKernel;
  const stride = 4 * paddedRows;
  const outOffset = 4 * blockFloats;
  return {
    rows: paddedRows,
    cols: paddedCols,
    data: new Float32Array(memory.buffer, 0, blockFloats),
    out: new Float32Array(memory.buffer, outOffset, outFloats),
    simd: true,
    tiles: (a, b, tiles) => {
      kernel(a * stride, b * stride, tiles, stride, outOffset);
    },
  };
}

/** The kernel's arithmetic in plain JS: four lanes per product, each summing every fourth row, then added. */
function tilesJs(
  data: Float32Array,
  out: Float32Array,
  rows: number,
  a: number,
  b: number,
  tiles: number,
): void {
  const f = Math.fround;
  const lanes = new Float64Array(LANES);
  for (let t = 0; t < tiles; t++) {
    for (let i = 0; i < 2; i++) {
      const left = (a + i) * rows;
      for (let j = 0; j < 4; j++) {
        const right = (b + 4 * t + j) * rows;
        lanes.fill(0);
        for (let r = 0; r < rows; r += LANES)
          for (let lane = 0; lane < LANES; lane++)
            lanes[lane] = f(
              (lanes[lane] ?? 0) + f((data[left + r + lane] ?? 0) * (data[right + r + lane] ?? 0)),
            );
        out[8 * t + 4 * i + j] = f(
          f(f((lanes[0] ?? 0) + (lanes[1] ?? 0)) + (lanes[2] ?? 0)) + (lanes[3] ?? 0),
        );
      }
    }
  }
}
