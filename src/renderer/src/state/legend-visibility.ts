/**
 * Which legend entries are hidden, kept by entry key (kind and label) rather than by position, so the
 * choice survives a re-map of the same data whose legend comes out in the same or another order.
 */
import type { LegendEntry } from '../plot/palette';

/** The stable key of a legend entry. */
export function entryKey(entry: LegendEntry): string {
  return `${entry.kind}:${entry.label ?? ''}`;
}

/** Hidden entry keys. */
export type HiddenKeys = ReadonlySet<string>;

/** Shows a hidden entry or hides a shown one. */
export function toggleEntry(hidden: HiddenKeys, key: string): HiddenKeys {
  const next = new Set(hidden);
  if (!next.delete(key)) next.add(key);
  return next;
}

/**
 * Shows only `key`. Isolating the entry that is already the only one shown shows everything again, so the
 * same gesture undoes itself.
 */
export function isolateEntry(hidden: HiddenKeys, key: string, entries: readonly LegendEntry[]): HiddenKeys {
  const others = entries.map(entryKey).filter((other) => other !== key);
  const alreadyIsolated = !hidden.has(key) && others.every((other) => hidden.has(other));
  return alreadyIsolated ? new Set() : new Set(others);
}

/** The positions in `entries` of the hidden ones (keys of entries no longer in the legend are ignored). */
export function hiddenEntryIndices(hidden: HiddenKeys, entries: readonly LegendEntry[]): Set<number> {
  const indices = new Set<number>();
  entries.forEach((entry, index) => {
    if (hidden.has(entryKey(entry))) indices.add(index);
  });
  return indices;
}
