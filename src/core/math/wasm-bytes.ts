/**
 * Helpers for the tiny hand-assembled WebAssembly modules of the core (distance, quantised-tile and Gram
 * kernels): byte encodings of the binary format and the slice of the WebAssembly API they use. The kernels
 * are a few dozen instructions each, so they are assembled at load time rather than shipped as opaque
 * binaries or built by a toolchain the tests would need too. Opcodes from the WebAssembly core
 * specification and its fixed-width SIMD extension (standard since 2021). The core compiles against
 * plain ES2023 (no DOM lib), so the API is declared here, and the global is read defensively because a host
 * may lack it.
 */

/** The SIMD opcode prefix. */
export const SIMD = 0xfd;
/** Value types. */
export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;

export const localGet = (index: number): number[] => [0x20, index];
export const localSet = (index: number): number[] => [0x21, index];
export const localTee = (index: number): number[] => [0x22, index];
/** `v128.load` with 16-byte alignment at a static byte offset. */
export const v128Load = (offset: number): number[] => [SIMD, 0x00, 0x04, ...leb(offset)];
export const F32X4_ADD = [SIMD, 0xe4, 0x01];
export const F32X4_SUB = [SIMD, 0xe5, 0x01];
export const F32X4_MUL = [SIMD, 0xe6, 0x01];
export const f32x4ExtractLane = (lane: number): number[] => [SIMD, 0x1f, lane];
export const F32_ADD = 0x92;
export const I32_ADD = 0x6a;
export const I32_SUB = 0x6b;
export const I32_SHL = 0x74;
export const I32_GE_U = 0x4f;
export const END = 0x0b;
export const I32X4_ADD = [SIMD, 0xae, 0x01];
/** `i32x4.dot_i16x8_s`: eight 16-bit products, neighbours added into four 32-bit lanes. */
export const I32X4_DOT_I16X8_S = [SIMD, 0xba, 0x01];
export const i32x4ExtractLane = (lane: number): number[] => [SIMD, 0x1b, lane];
/** `i32.store align=4` at a static byte offset. */
export const i32Store = (offset: number): number[] => [0x36, 0x02, ...leb(offset)];

/** `i32.const` of a small non-negative value (signed LEB128: a single byte holds 0–63). */
export function i32Const(value: number): number[] {
  if (!Number.isInteger(value) || value < 0 || value > 63) throw new RangeError(`i32Const ${value}`);
  return [0x41, value];
}

/** `local += bytes`: a row pointer advanced past what one loop iteration read. */
export function advance(local: number, bytes: number): number[] {
  return [...localGet(local), ...i32Const(bytes), I32_ADD, ...localSet(local)];
}

/**
 * `block { loop { if (pointer ≥ end) break; …body…; continue } }`: the kernels' loop over a row pointer in
 * local `pointer` until it reaches local `end`.
 */
export function loopUntil(pointer: number, end: number, body: readonly number[]): number[] {
  const BLOCK_VOID = [0x02, 0x40];
  const LOOP_VOID = [0x03, 0x40];
  const BREAK_IF_OUTER = [0x0d, 1];
  const CONTINUE = [0x0c, 0];
  return [
    ...BLOCK_VOID,
    ...LOOP_VOID,
    ...localGet(pointer),
    ...localGet(end),
    I32_GE_U,
    ...BREAK_IF_OUTER,
    ...body,
    ...CONTINUE,
    END,
    END,
  ];
}

/**
 * The four lanes of the f32x4 in `local` summed into one f32 left on the stack, in a fixed order that the
 * kernel's plain-JS replay follows: `'sequential'` ((l0 + l1) + l2) + l3, or `'pairwise'` (l0 + l1) + (l2 + l3).
 */
export function sumLanes(local: number, order: 'sequential' | 'pairwise'): number[] {
  const lane = (index: number): number[] => [...localGet(local), ...f32x4ExtractLane(index)];
  return order === 'sequential'
    ? [...lane(0), ...lane(1), F32_ADD, ...lane(2), F32_ADD, ...lane(3), F32_ADD]
    : [...lane(0), ...lane(1), F32_ADD, ...lane(2), ...lane(3), F32_ADD, F32_ADD];
}

/** A function body: its local declarations and code, with the byte length in front. */
export function functionBody(locals: readonly number[], code: readonly number[]): number[] {
  const content = [...locals, ...code, END];
  return [...leb(content.length), ...content];
}

/** Unsigned LEB128, as every count and index in the binary format is written. */
export function leb(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return out;
}

/** A module section: id, byte length, content. */
export function section(id: number, content: number[]): number[] {
  return [id, ...leb(content.length), ...content];
}

/** A length-prefixed UTF-8 (here ASCII) name. */
export function name(text: string): number[] {
  return [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
}

/**
 * A module with one function, `exported`, of the given parameter and result types, importing its memory as
 * `env.memory`; `body` is the function body (locals and code, without its length prefix).
 */
export function singleFunctionModule(
  exported: string,
  params: readonly number[],
  results: readonly number[],
  body: number[],
): Uint8Array<ArrayBuffer> {
  const type = [1, 0x60, params.length, ...params, results.length, ...results];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, type),
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 1]), // imported memory, min 1 page
    ...section(3, [1, 0]),
    ...section(7, [1, ...name(exported), 0x00, 0]),
    ...section(10, [1, ...leb(body.length), ...body]),
  ]);
}

/** The slice of the WebAssembly API used by the core's kernels. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
export interface WasmApi {
  readonly Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
  readonly Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}

/** Bytes per WebAssembly memory page. */
export const PAGE_BYTES = 65536;

/** The host's WebAssembly, or undefined where there is none. */
export const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** Compiles `bytes`, or returns null where WebAssembly or an extension the module uses (SIMD) is missing. */
export function compileOrNull(bytes: () => Uint8Array<ArrayBuffer>): object | null {
  if (wasmApi === undefined) return null;
  try {
    return new wasmApi.Module(bytes());
  } catch {
    // No SIMD here: callers fall back to their plain-JS replay, which gives the same numbers.
    return null;
  }
}
