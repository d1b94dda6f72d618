import { describe, expect, it } from 'vitest';
import type { LegendEntry } from '../../../src/renderer/src/plot/palette';
import {
  entryKey,
  hiddenEntryIndices,
  isolateEntry,
  toggleEntry,
} from '../../../src/renderer/src/state/legend-visibility';

const entries: LegendEntry[] = [
  { kind: 'label', label: 'sport', color: '#0072b2', count: 3 },
  { kind: 'label', label: 'space', color: '#e69f00', count: 2 },
  { kind: 'other', label: null, color: '#c8c8c8', count: 2 },
  { kind: 'none', label: null, color: '#999999', count: 1 },
];
const [sport, space, other, none] = entries.map(entryKey) as [string, string, string, string];

describe('legend visibility', () => {
  it('gives every kind of entry a distinct key', () => {
    expect(new Set([sport, space, other, none]).size).toBe(4);
  });

  it('toggles an entry off and on again', () => {
    const hidden = toggleEntry(new Set(), space);
    expect([...hidden]).toEqual([space]);
    expect([...toggleEntry(hidden, space)]).toEqual([]);
  });

  it('isolates one entry, and isolating it again shows all', () => {
    const isolated = isolateEntry(new Set(), sport, entries);
    expect([...isolated].sort()).toEqual([space, other, none].sort());
    expect([...isolateEntry(isolated, sport, entries)]).toEqual([]);
    // Isolating another entry from there switches to it.
    expect([...isolateEntry(isolated, space, entries)].sort()).toEqual([sport, other, none].sort());
  });

  it('maps hidden keys to entry positions, ignoring keys of entries that are gone', () => {
    const hidden = new Set([space, none, 'label:gone']);
    expect([...hiddenEntryIndices(hidden, entries)].sort()).toEqual([1, 3]);
  });
});
