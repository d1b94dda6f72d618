import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { WorkerPoolExecutor } from './worker-pool-executor';

/**
 * Where the pool's worker entry is: the TypeScript source beside this file under tsx; in the Electron
 * build (electron.vite.config.ts bundles it as `out/main/parallel-worker.js`) beside the entry or one
 * folder up when this code sits in a shared chunk (`out/main/chunks/`). Null when none exists.
 */
function parallelWorkerUrl(): URL | null {
  const candidates = [
    new URL('./parallel-worker.ts', import.meta.url),
    new URL('./parallel-worker.js', import.meta.url),
    new URL('../parallel-worker.js', import.meta.url),
  ];
  return candidates.find((url) => url.protocol === 'file:' && existsSync(fileURLToPath(url))) ?? null;
}

/**
 * The threads a Node core computes on: `EMBEDDING_STUDIO_THREADS` when set (1 turns the pool off; the
 * benchmark compares 1 and 2), else every core the OS gives the process.
 */
export function nodeThreadCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env['EMBEDDING_STUDIO_THREADS']);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

/**
 * A worker pool for a Node core, or undefined (everything on the core's thread) with one thread or when
 * the worker entry cannot be found. Results are the same bytes either way; only the speed differs.
 */
export function createNodeParallelExecutor(
  env: NodeJS.ProcessEnv = process.env,
): WorkerPoolExecutor | undefined {
  const threads = nodeThreadCount(env);
  const url = parallelWorkerUrl();
  if (threads < 2 || url === null) return undefined;
  return new WorkerPoolExecutor(url, threads);
}
