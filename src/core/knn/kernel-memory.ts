import { quantizedTileBody, TILE_PAIRS, type QuantizedTileKernel } from './quantized-tile-kernel';
import { squaredDistanceBody, type SquaredDistanceKernel } from './squared-distance-kernel';
import {
  compileOrNull,
  F32,
  I32,
  leb,
  name,
  PAGE_BYTES,
  section,
  wasmApi as wasm,
  type WasmMemory,
} from '../math/wasm-bytes';

/**
 * Where the kNN kernels live: one WebAssembly module with the pair-at-a-time f32 squared distance (`dist`)
 * and the 2 × 4 tile of quantised dot products (`tile`), instantiated over a memory that holds the rows. A
 * worker thread binds its own instance to the same shared memory, so every thread reads the rows in place.
 *
 * Memory layout: the rows (f32 or quantised 16-bit integers), then one page of scratch where each bound instance claims 32 bytes for the tile's eight results (a counter at
 * the page's start hands the slots out atomically).
 */

/** The most pages a wasm32 memory can have (4 GiB). */
const MAX_PAGES = 65536;
/** Bytes of one bound instance's tile results (8 × i32). */
const SLOT_BYTES = 4 * TILE_PAIRS;
/** The slot counter sits in the first 16 bytes of the scratch page (16 keeps the slots v128-aligned). */
const FIRST_SLOT = 16;
const MAX_SLOTS = (PAGE_BYTES - FIRST_SLOT) / SLOT_BYTES;

/**
 * Memory import limits: a plain memory (flags 0, at least 1 page), or a shared one (flags 3, at least 1
 * page, at most 65,536 pages = 4 GiB, the wasm32 ceiling), which a shared memory must declare.
 */
function memoryLimits(shared: boolean): number[] {
  return shared ? [0x03, 1, ...leb(MAX_PAGES)] : [0x00, 1];
}

function moduleBytes(shared: boolean): Uint8Array<ArrayBuffer> {
  const FUNCTION_TYPE = 0x60;
  const MEMORY_IMPORT = 0x02;
  const FUNCTION_EXPORT = 0x00;
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, [
      2,
      ...[FUNCTION_TYPE, 3, I32, I32, I32, 1, F32], // dist: (i32, i32, i32) → f32
      ...[FUNCTION_TYPE, 8, ...Array<number>(8).fill(I32), 0], // tile: 8 × i32 → ()
    ]),
    ...section(2, [1, ...name('env'), ...name('memory'), MEMORY_IMPORT, ...memoryLimits(shared)]),
    ...section(3, [2, 0, 1]),
    ...section(7, [2, ...[...name('dist'), FUNCTION_EXPORT, 0], ...[...name('tile'), FUNCTION_EXPORT, 1]]),
    ...section(10, [2, ...squaredDistanceBody(), ...quantizedTileBody()]),
  ]);
}

const compiled = new Map<boolean, object | null>();

/** The compiled module (for a plain or a shared memory), or null where WebAssembly, its SIMD or threads are unavailable. */
function kernelModule(shared: boolean): object | null {
  let module = compiled.get(shared);
  if (module === undefined) {
    // Null where there is no SIMD: the plain-JS replays give the same numbers, only slower.
    module = compileOrNull(() => moduleBytes(shared));
    compiled.set(shared, module);
  }
  return module;
}

/** The quantised tile bound to one memory in this thread, with the slot it writes its eight results to. */
export interface QuantizedTile {
  readonly dots: QuantizedTileKernel;
  /** Byte offset of the results, the `out` argument of {@link QuantizedTile.dots}. */
  readonly outByte: number;
  /** The eight results after a call (a view of the memory). */
  readonly out: Int32Array;
}

/** Both kernels bound to one memory in this thread. */
export interface KernelBinding {
  readonly distance: SquaredDistanceKernel;
  readonly tile: QuantizedTile;
}

/** Byte offset of the scratch page after `bytes` of row data (16-byte aligned, as the slots need). */
function scratchOffset(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}

function bind(module: object, memory: WasmMemory, bytes: number): KernelBinding {
  if (wasm === undefined) throw new Error('WebAssembly is unavailable here.');
  const instance = new wasm.Instance(module, { env: { memory } });
  const scratch = scratchOffset(bytes);
  const counter = new Int32Array(memory.buffer, scratch, 1);
  // A plain memory is this thread's alone; a shared one may be bound by several threads at once.
  const slot =
    memory.buffer instanceof ArrayBuffer
      ? (counter[0] = (counter[0] ?? 0) + 1) - 1
      : Atomics.add(counter, 0, 1);
  if (slot >= MAX_SLOTS) throw new Error('Too many threads bound to one kernel memory.');
  const outByte = scratch + FIRST_SLOT + slot * SLOT_BYTES;
  return {
    distance: instance.exports['dist'] as SquaredDistanceKernel,
    tile: {
      dots: instance.exports['tile'] as QuantizedTileKernel,
      outByte,
      out: new Int32Array(memory.buffer, outByte, TILE_PAIRS),
    },
  };
}

/**
 * Room for `bytes` of row data and the kernels bound to it. `memory` is the WebAssembly memory when it is
 * shared (a worker thread binds its own kernels to it with {@link kernelsForMemory}); null otherwise.
 */
export interface KernelMemory {
  /** The row data starts at byte 0. */
  readonly buffer: ArrayBuffer;
  /** Null where WebAssembly SIMD is unavailable (callers then use the plain-JS replays: same numbers). */
  readonly binding: KernelBinding | null;
  readonly memory: object | null;
}

/**
 * Shared WebAssembly memory bound to the SIMD kernels where threads are available (so worker threads can
 * read the rows in place), else plain WebAssembly memory, else a plain buffer where WebAssembly SIMD is
 * unavailable.
 */
export function allocateKernelMemory(bytes: number): KernelMemory {
  const pages = Math.ceil((scratchOffset(bytes) + PAGE_BYTES) / PAGE_BYTES);
  const shared = kernelModule(true);
  if (wasm !== undefined && shared !== null && typeof SharedArrayBuffer === 'function') {
    try {
      const memory = new wasm.Memory({ initial: pages, maximum: pages, shared: true });
      // A shared memory's buffer is a SharedArrayBuffer; the kernels and the views only need its bytes.
      return { buffer: memory.buffer, binding: kernelsForMemory(memory, bytes), memory };
    } catch {
      // Threads disabled (e.g. a browser page without cross-origin isolation): plain memory below.
    }
  }
  const module = kernelModule(false);
  if (wasm === undefined || module === null)
    return { buffer: new ArrayBuffer(bytes), binding: null, memory: null };
  const memory = new wasm.Memory({ initial: pages });
  return { buffer: memory.buffer, binding: bind(module, memory, bytes), memory: null };
}

/** f32 rows in kernel memory, with the pair-at-a-time distance kernel bound to them. */
export interface KernelSpace {
  readonly data: Float32Array<ArrayBuffer>;
  readonly kernel: SquaredDistanceKernel | null;
  readonly memory: object | null;
}

/** Room for `floats` f32 row values (see {@link allocateKernelMemory}). */
export function allocateKernelSpace(floats: number): KernelSpace {
  const { buffer, binding, memory } = allocateKernelMemory(floats * 4);
  return { data: new Float32Array(buffer, 0, floats), kernel: binding?.distance ?? null, memory };
}

const bindings = new WeakMap<object, KernelBinding>();

/**
 * The SIMD kernels bound to a shared memory from {@link allocateKernelMemory} of `bytes` row bytes, in this
 * thread (cached).
 */
export function kernelsForMemory(memory: object, bytes: number): KernelBinding {
  let binding = bindings.get(memory);
  if (binding === undefined) {
    const module = kernelModule(true);
    if (module === null) throw new Error('WebAssembly threads are unavailable here.');
    binding = bind(module, memory as WasmMemory, bytes);
    bindings.set(memory, binding);
  }
  return binding;
}
