import { INSTANCE_TAG } from './instance-tag';

interface Entry<T> {
  readonly value: T;
  lastUsed: number;
}

/**
 * The open session of a chunked call (a streamed import, a project upload, a word-vector load): at most one
 * at a time, named by an id, and dropped when another begins or after `idleMs` without use (a closed window,
 * a second crash), so what it holds never outlives its use by much. `onDrop` sees every session dropped
 * (replaced, idle or by {@link IdleSessionSlot.drop}), for one that must stop work in flight; a session that
 * ended normally is {@link IdleSessionSlot.release}d without it.
 */
export class IdleSessionSlot<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private counter = 0;

  /** `prefix` starts every id (`<prefix>-<instance>-<n>`), so ids from another core instance never match. */
  constructor(
    private readonly prefix: string,
    private readonly idleMs: number,
    private readonly now: () => number,
    private readonly onDrop: (value: T) => void = () => undefined,
  ) {}

  /** Opens a session for `value`, dropping any other, and returns its id. */
  open(value: T): string {
    for (const id of [...this.entries.keys()]) this.drop(id);
    this.counter++;
    const id = `${this.prefix}-${INSTANCE_TAG}-${this.counter}`;
    this.entries.set(id, { value, lastUsed: this.now() });
    return id;
  }

  /** The session by this id, marked as used now; undefined when it finished, was dropped or sat idle. */
  use(id: string): T | undefined {
    this.dropIdle();
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    entry.lastUsed = this.now();
    return entry.value;
  }

  /** Drops a session (through `onDrop`); false when there is none by that id. */
  drop(id: string): boolean {
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    this.entries.delete(id);
    this.onDrop(entry.value);
    return true;
  }

  /** Closes a session that ended normally (without `onDrop`); false when there is none by that id. */
  release(id: string): boolean {
    return this.entries.delete(id);
  }

  /** How many sessions are open (0 or 1), idle ones dropped first. */
  get size(): number {
    this.dropIdle();
    return this.entries.size;
  }

  /** Drops the sessions left idle for longer than `idleMs` (every other call does this first). */
  dropIdle(): void {
    const now = this.now();
    for (const [id, entry] of [...this.entries]) if (now - entry.lastUsed > this.idleMs) this.drop(id);
  }
}
