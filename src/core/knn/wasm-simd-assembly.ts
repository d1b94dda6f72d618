/**
 * The handful of WebAssembly instructions the kNN kernels are written in, as byte builders: the kernels are
 * a few dozen instructions each, so they are assembled here at load time rather than shipped as opaque
 * binaries or built by a toolchain the tests would need too. Opcodes from the WebAssembly core
 * specification and its fixed-width SIMD proposal (all standard since 2021).
 */

const SIMD_PREFIX = 0xfd;

/** Unsigned LEB128, the encoding of every count, size and index in a module. */
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

/** A module section: its id, its byte length, its content. */
export function section(id: number, content: readonly number[]): number[] {
  return [id, ...leb(content.length), ...content];
}

/** A name (import or export) as length-prefixed ASCII bytes. */
export function name(text: string): number[] {
  return [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
}

/** A function body: its local declarations and code, with the byte length in front. */
export function functionBody(locals: readonly number[], code: readonly number[]): number[] {
  const content = [...locals, ...code, END];
  return [...leb(content.length), ...content];
}

export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;
export const END = 0x0b;

export const localGet = (index: number): number[] => [0x20, ...leb(index)];
export const localSet = (index: number): number[] => [0x21, ...leb(index)];
export const localTee = (index: number): number[] => [0x22, ...leb(index)];
/** `i32.const` of a small non-negative value (signed LEB128: one byte up to 63). */
export function i32Const(value: number): number[] {
  if (!Number.isInteger(value) || value < 0 || value > 63) throw new RangeError(`i32Const ${value}`);
  return [0x41, value];
}
export const I32_ADD = [0x6a];
export const I32_SHL = [0x74];
export const I32_GE_U = [0x4f];
export const F32_ADD = [0x92];
/** `i32.store align=4 offset=…`. */
export const i32Store = (offset: number): number[] => [0x36, 0x02, ...leb(offset)];

/** `v128.load align=16 offset=…`: four floats at the address on the stack plus `offset` bytes. */
export const v128Load = (offset: number): number[] => [SIMD_PREFIX, 0x00, 0x04, ...leb(offset)];
export const F32X4_ADD = [SIMD_PREFIX, 0xe4, 0x01];
export const F32X4_SUB = [SIMD_PREFIX, 0xe5, 0x01];
export const F32X4_MUL = [SIMD_PREFIX, 0xe6, 0x01];
export const f32x4ExtractLane = (lane: number): number[] => [SIMD_PREFIX, 0x1f, lane];
export const i32x4ExtractLane = (lane: number): number[] => [SIMD_PREFIX, 0x1b, lane];
export const I32X4_ADD = [SIMD_PREFIX, 0xae, 0x01];
/** `i32x4.dot_i16x8_s`: eight 16-bit products, neighbours added into four 32-bit lanes. */
export const I32X4_DOT_I16X8_S = [SIMD_PREFIX, 0xba, 0x01];

/** `local += bytes`: a row pointer advanced past what one loop iteration read. */
export const advance = (local: number, bytes: number): number[] => [
  ...localGet(local),
  ...i32Const(bytes),
  ...I32_ADD,
  ...localSet(local),
];

/**
 * The four lanes of the v128 in `local` summed as (l0 + l1) + (l2 + l3), left on the stack as an f32: the
 * fixed reduction order both kernels end with and their plain-JS replays reproduce.
 */
export function sumLanes(local: number): number[] {
  return [
    ...localGet(local),
    ...f32x4ExtractLane(0),
    ...localGet(local),
    ...f32x4ExtractLane(1),
    ...F32_ADD,
    ...localGet(local),
    ...f32x4ExtractLane(2),
    ...localGet(local),
    ...f32x4ExtractLane(3),
    ...F32_ADD,
    ...F32_ADD,
  ];
}

/**
 * `block { loop { if (pointer ≥ end) break; …body…; continue } }`: the kernels' one loop shape, over a row
 * pointer in local `pointer` until it reaches local `end`.
 */
export function loopUntil(pointer: number, end: number, body: readonly number[]): number[] {
  const BLOCK_VOID = [0x02, 0x40];
  const LOOP_VOID = [0x03, 0x40];
  const breakIf = (depth: number): number[] => [0x0d, depth];
  const continueTo = (depth: number): number[] => [0x0c, depth];
  return [
    ...BLOCK_VOID,
    ...LOOP_VOID,
    ...localGet(pointer),
    ...localGet(end),
    ...I32_GE_U,
    ...breakIf(1),
    ...body,
    ...continueTo(0),
    END,
    END,
  ];
}
