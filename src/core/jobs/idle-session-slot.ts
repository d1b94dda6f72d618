import { INSTANCE_TAG } from './instance-tag';

interface Entry<T> {
  readonly value: T;
  lastUsed: number;
}

/**
 * The open session of a chunked call (a streamed import, a project upload): at most one at a time, named by
 * an id, and dropped when another begins or after `idleMs` without use (a closed window, a second crash), so
 * what it holds never outlives its use by much.
 */
export class IdleSessionSlot<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private counter = 0;

  /** `prefix` starts every id (`<prefix>-<instance>-<n>`), so ids from another core instance never match. */
  constructor(
    private readonly prefix: string,
    private readonly idleMs: number,
    private readonly now: () => number,
  ) {}

  /** Opens a session for `value`, dropping any other, and returns its id. */
  open(value: T): string {
    this.entries.clear();
    this.counter++;
    const id = `${this.prefix}-${INSTANCE_TAG}-${this.counter}`;
    this.entries.set(id, { value, lastUsed: this.now() });
    return id;
  }

  /** The session by this id, marked as used now; undefined when it finished, was dropped or sat idle. */
  use(id: string): T | undefined {
    this.expire();
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    entry.lastUsed = this.now();
    return entry.value;
  }

  /** Drops a session; false when there is none by that id. */
  drop(id: string): boolean {
    return this.entries.delete(id);
  }

  /** How many sessions are open (0 or 1), idle ones dropped first. */
  get size(): number {
    this.expire();
    return this.entries.size;
  }

  private expire(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (now - entry.lastUsed > this.idleMs) this.entries.delete(id);
  }
}
