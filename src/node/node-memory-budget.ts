import { freemem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The memory a job on this machine can count on, in bytes: the smaller of the operating system's free
 * memory and the JS heap's headroom (heap limit − heap in use). Typed arrays live outside the heap, but each
 * item's texts and cells live inside it, and hitting the heap limit kills the worker however much RAM is
 * free — so the tighter of the two is the one a job must fit in.
 */
export function nodeMemoryBudget(): number {
  const heap = getHeapStatistics();
  const heapHeadroom = Math.max(0, heap.heap_size_limit - heap.used_heap_size);
  return Math.min(freemem(), heapHeadroom);
}
