/**
 * The `wasm-bhtsne` t-SNE peer (Rust's `bhtsne` crate compiled to WebAssembly: Barnes–Hut, vantage-point-tree
 * neighbours) run in Node on one thread, as ours runs. The package targets browsers: its thread-pool helper
 * listens on `self` at import and its random seeding reads `self.crypto`, so `self` is pointed at Node's
 * global (with a do-nothing `addEventListener`) first, and the module is instantiated from its bytes.
 * Without `initThreadPool` its rayon loops run on the calling thread. It seeds itself: runs differ.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface BhtsneEncoder {
  step(epochs: number): number[][];
  free(): void;
}

interface BhtsneModule {
  initSync(input: { module: Uint8Array }): unknown;
  bhtSNEf32: new (data: number[][], options: Record<string, number>) => BhtsneEncoder;
}

/** What the peer is given: our schedule (250 exaggerated iterations at momentum 0.5, then 0.8). */
export interface BhtsneOptions {
  readonly perplexity: number;
  readonly theta: number;
  readonly earlyIterations: number;
}

let loaded: BhtsneModule | null = null;

/** Instantiates the module once (not part of any timing). */
export async function loadBhtsne(): Promise<BhtsneModule> {
  if (loaded !== null) return loaded;
  const global = globalThis as { self?: unknown; addEventListener?: () => void };
  global.self ??= globalThis;
  global.addEventListener ??= () => undefined;
  const module = (await import('wasm-bhtsne')) as unknown as BhtsneModule;
  const wasmPath = createRequire(import.meta.url).resolve('wasm-bhtsne/wasm_bhtsne_bg.wasm');
  module.initSync({ module: readFileSync(wasmPath) });
  loaded = module;
  return module;
}

/**
 * The peer's input: one plain array per row, centred and divided by the largest absolute value, as van der
 * Maaten's reference `bhtsne` normalises its input and the Rust port does not. Without it the port's
 * single-precision affinities underflow on distances like these data's (≈ 86 apart) and its layout is no
 * better than chance (trustworthiness 0.50). The affinities are calibrated per point by perplexity, so a
 * uniform scale leaves t-SNE's input unchanged. (Rows given as `Float32Array`s are not read as vectors.)
 */
export function bhtsneRows(data: Float32Array, rows: number, cols: number): number[][] {
  const mean = new Float64Array(cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) mean[c] = (mean[c] ?? 0) + (data[r * cols + c] ?? 0);
  for (let c = 0; c < cols; c++) mean[c] = (mean[c] ?? 0) / rows;
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      largest = Math.max(largest, Math.abs((data[r * cols + c] ?? 0) - (mean[c] ?? 0)));
  }
  const scale = largest > 0 ? 1 / largest : 1;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ((data[r * cols + c] ?? 0) - (mean[c] ?? 0)) * scale),
  );
}

/** A peer run in steps: `createBhtsne` does the neighbour search and affinities, `step` one iteration. */
export async function createBhtsne(
  vectors: number[][],
  options: BhtsneOptions,
): Promise<{ step: () => void; solution: () => Float32Array<ArrayBuffer>; free: () => void }> {
  const module = await loadBhtsne();
  const encoder = new module.bhtSNEf32(vectors, {
    perplexity: options.perplexity,
    theta: options.theta,
    embedding_dim: 2,
    stop_lying_epoch: options.earlyIterations,
    momentum_switch_epoch: options.earlyIterations,
    momentum: 0.5,
    final_momentum: 0.8,
  });
  let last: number[][] = [];
  return {
    step: () => {
      last = encoder.step(1);
    },
    solution: () => Float32Array.from(last.flat()),
    free: () => {
      encoder.free();
    },
  };
}
