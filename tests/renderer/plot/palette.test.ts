import { describe, expect, it } from 'vitest';
import {
  assignColors,
  CATEGORY_COLORS,
  colorBytes,
  hexToRgb,
  NO_LABEL_COLOR,
  OTHER_COLOR,
} from '../../../src/renderer/src/plot/palette';

describe('assignColors', () => {
  it('gives the biggest groups the first colours, ties in order of first appearance', () => {
    const { entries, entryOfPoint } = assignColors(['b', 'a', 'a', 'c', 'b', 'a']);
    expect(entries).toEqual([
      { kind: 'label', label: 'a', color: CATEGORY_COLORS[0], count: 3 },
      { kind: 'label', label: 'b', color: CATEGORY_COLORS[1], count: 2 },
      { kind: 'label', label: 'c', color: CATEGORY_COLORS[2], count: 1 },
    ]);
    expect(Array.from(entryOfPoint)).toEqual([1, 0, 0, 2, 1, 0]);
  });

  it('gives every distinct label a distinct colour while the palette lasts', () => {
    const labels = Array.from({ length: CATEGORY_COLORS.length }, (_, i) => `label ${i}`);
    const colors = assignColors(labels).entries.map((entry) => entry.color);
    expect(new Set(colors).size).toBe(labels.length);
    colors.forEach((color) => {
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
    });
  });

  it('pools labels beyond the palette into one "other" entry', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `L${i}`).flatMap((label, i) =>
      Array<string>(12 - i).fill(label),
    );
    const { entries, entryOfPoint } = assignColors(labels);
    expect(entries).toHaveLength(CATEGORY_COLORS.length);
    const other = entries.at(-1);
    expect(other).toMatchObject({ kind: 'other', label: null, color: OTHER_COLOR });
    expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(labels.length);
    expect(entryOfPoint[labels.length - 1]).toBe(entries.length - 1);
  });

  it('greys out missing labels, but uses a real colour when no point has a label', () => {
    const mixed = assignColors(['x', null, '', 'x']);
    expect(mixed.entries[1]).toEqual({ kind: 'none', label: null, color: NO_LABEL_COLOR, count: 2 });
    expect(Array.from(mixed.entryOfPoint)).toEqual([0, 1, 1, 0]);
    const none = assignColors([null, null]);
    expect(none.entries).toEqual([{ kind: 'all', label: null, color: CATEGORY_COLORS[0], count: 2 }]);
  });

  it('keeps the pooled greys apart from the palette', () => {
    expect(CATEGORY_COLORS).not.toContain(NO_LABEL_COLOR);
    expect(CATEGORY_COLORS).not.toContain(OTHER_COLOR);
  });
});

describe('colorBytes', () => {
  it('writes each point the exact bytes of its legend colour', () => {
    const assignment = assignColors(['a', 'b', 'a']);
    const bytes = colorBytes(assignment);
    expect(Array.from(bytes.subarray(0, 3))).toEqual(hexToRgb(CATEGORY_COLORS[0]));
    expect(Array.from(bytes.subarray(3, 6))).toEqual(hexToRgb(CATEGORY_COLORS[1]));
    expect(Array.from(bytes.subarray(6, 9))).toEqual(hexToRgb(CATEGORY_COLORS[0]));
  });

  it('parses #rrggbb', () => {
    expect(hexToRgb('#0072b2')).toEqual([0, 0x72, 0xb2]);
    expect(hexToRgb('#ffffff')).toEqual([255, 255, 255]);
  });
});
