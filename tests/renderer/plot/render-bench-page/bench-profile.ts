/**
 * Where our plot's time goes: wraps the prototype methods of the plot's parts (in this page only, never in the
 * app) and sums the milliseconds spent in each, so the benchmark can print a breakdown of the first frame
 * and of the pan frames next to the totals.
 */

/** Milliseconds spent per part, keyed by `Class.method`. */
export type Breakdown = Record<string, number>;

/** A class whose prototype methods are timed, and its name (class names are minified in the build). */
interface Timed {
  readonly label: string;
  readonly prototype: object;
}

/** What {@link timeMethods} reads: the sums per part, and the longest single call of any part. */
export interface PartTimes {
  readonly sums: Breakdown;
  readonly longestCallMs: number;
  /** The longest single outermost call of each part that had one (ms). */
  readonly longestByPart: Breakdown;
}

/**
 * Starts timing `methods` of each class; returns a function that reads (and zeroes) the sums so far.
 * Nested calls count in both parts (an outer method includes its inner ones).
 */
export function timeMethods(targets: readonly (readonly [Timed, readonly string[]])[]): () => PartTimes {
  const sums: Breakdown = {};
  let longest = 0;
  let longestByPart: Breakdown = {};
  let depth = 0;
  for (const [target, methods] of targets) {
    const prototype = target.prototype as Record<string, unknown>;
    for (const method of methods) {
      const original = prototype[method];
      if (typeof original !== 'function') continue;
      const key = `${target.label}.${method}`;
      sums[key] = 0;
      prototype[method] = function (this: unknown, ...args: unknown[]): unknown {
        const start = performance.now();
        depth++;
        try {
          return (original as (...values: unknown[]) => unknown).apply(this, args);
        } finally {
          depth--;
          const spent = performance.now() - start;
          sums[key] = (sums[key] ?? 0) + spent;
          // Only outermost calls: an inner part's time is already inside its caller's.
          if (depth === 0) {
            longest = Math.max(longest, spent);
            longestByPart[key] = Math.max(longestByPart[key] ?? 0, Math.round(spent * 10) / 10);
          }
        }
      };
    }
  }
  return () => {
    const read: Breakdown = {};
    for (const key of Object.keys(sums)) {
      read[key] = Math.round((sums[key] ?? 0) * 10) / 10;
      sums[key] = 0;
    }
    const longestCallMs = longest;
    const byPart = longestByPart;
    longest = 0;
    longestByPart = {};
    return { sums: read, longestCallMs, longestByPart: byPart };
  };
}
