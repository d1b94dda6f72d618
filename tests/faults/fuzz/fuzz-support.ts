import { expect } from 'vitest';
import { ERROR_CODES, StudioError } from '../../../src/shared/errors';

/** Thrown when a case outlives its time bound: not a StudioError, so the case fails as a hang. */
export class CaseTimedOut extends Error {}

/** `work`, or a rejection with {@link CaseTimedOut} after `ms` milliseconds (the timer never outlives it). */
export async function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new CaseTimedOut(`no answer within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Codes that mean "the program failed", not "your input was bad": bad input must never produce them.
 * (`worker-crashed` and `unauthorized` come from hosts, not from a core judging its input.)
 */
const NEVER_FOR_BAD_INPUT = new Set(['internal', 'worker-crashed', 'unauthorized']);

/** How a fuzzed case ended: `ok`, or the StudioError's code. Anything else (a crash, a hang) fails the case. */
export async function clearOutcome(work: () => unknown, ms = 5000): Promise<string> {
  try {
    await withinTime(Promise.resolve().then(work), ms);
    return 'ok';
  } catch (error) {
    expect(error, describeThrown(error)).toBeInstanceOf(StudioError);
    const studio = error as StudioError;
    expect(ERROR_CODES as readonly string[]).toContain(studio.code);
    expect(NEVER_FOR_BAD_INPUT.has(studio.code), `${studio.code}: ${studio.message}`).toBe(false);
    expect(studio.message.trim().length, studio.code).toBeGreaterThan(0);
    return studio.code;
  }
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

/** Counts outcomes per suite and prints one summary line ("fuzz: <suite> — N cases: ok 12, …"). */
export class OutcomeTally {
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(readonly suite: string) {}

  add(outcome: string): void {
    this.total++;
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  get cases(): number {
    return this.total;
  }

  report(): void {
    const parts = [...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`);
    console.log(`fuzz: ${this.suite} — ${this.total} cases: ${parts.join(', ')}`);
  }
}
