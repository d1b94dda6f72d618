import { describe, expect, it } from 'vitest';
import {
  LabelPlacement,
  labelRect,
  placeLabels,
  type LabelPlacementInput,
  type ScreenRect,
} from '../../../src/renderer/src/plot/label-placement';

const LINE = 14;
const MARGIN = 2;

function input(
  points: readonly (readonly [number, number])[],
  overrides: Partial<LabelPlacementInput> = {},
): LabelPlacementInput {
  const positions = new Float32Array(points.flat());
  const coversPoint = (rect: ScreenRect, index: number): boolean =>
    points.some(
      ([x, y], i) => i !== index && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
    );
  return {
    indices: Int32Array.from(points.keys()),
    positions,
    viewportWidth: 400,
    viewportHeight: 300,
    measure: () => 50,
    coversPoint,
    lineHeight: LINE,
    offsetX: 8,
    margin: MARGIN,
    maxLabels: 1000,
    ...overrides,
  };
}

function overlaps(a: ScreenRect, b: ScreenRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, vertically centred', () => {
    const [label] = placeLabels(input([[100, 100]]));
    expect(label).toEqual({ index: 0, x: 108, y: 100, width: 50 });
  });

  it('never overlaps labels, never covers a point centre and stays inside the plot', () => {
    const points: [number, number][] = [];
    for (let i = 0; i < 80; i++) points.push([(i * 97) % 397, (i * 61) % 293]);
    const setup = input(points);
    const placed = placeLabels(setup);
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(points.length);
    const rects = placed.map((label) => labelRect(label, LINE, MARGIN));
    rects.forEach((rect, i) => {
      expect(rect.left >= 0 && rect.top >= 0 && rect.right <= 400 && rect.bottom <= 300).toBe(true);
      expect(setup.coversPoint(rect, placed[i]?.index ?? -1)).toBe(false);
      for (let j = i + 1; j < rects.length; j++) expect(overlaps(rect, rects[j] ?? rect)).toBe(false);
    });
    // Every label starts right of its own point, so that centre stays visible too.
    placed.forEach((label) => {
      expect(label.x).toBeGreaterThan(points[label.index]?.[0] ?? Infinity);
    });
  });

  it('tries a nudged spot when the straight one is taken', () => {
    const placed = placeLabels(
      input([
        [100, 100],
        [100, 112],
      ]),
    );
    expect(placed).toHaveLength(2);
    expect(placed[1]?.y).toBeGreaterThan(112);
  });

  it('honours priority order, empty labels and the label budget', () => {
    const points: [number, number][] = [
      [10, 10],
      [10, 60],
      [10, 110],
      [10, 160],
    ];
    const placed = placeLabels(
      input(points, {
        indices: Int32Array.from([3, 2, 1, 0]),
        positions: new Float32Array([10, 160, 10, 110, 10, 60, 10, 10]),
        measure: (index) => (index === 2 ? 0 : 40),
        maxLabels: 2,
      }),
    );
    expect(placed.map((label) => label.index)).toEqual([3, 1]);
  });

  it('does not measure labels whose start is already blocked', () => {
    const measured: number[] = [];
    // Point 1 sits where point 0's label would start, in all three of its spots.
    const points: [number, number][] = [
      [100, 100],
      [108, 100],
    ];
    placeLabels(
      input(points, {
        measure: (index) => {
          measured.push(index);
          return 30;
        },
      }),
    );
    expect(measured).not.toContain(0);
  });

  it('drops a label that would leave the plot', () => {
    expect(placeLabels(input([[380, 100]]))).toEqual([]);
  });

  it('places the same labels however the work is cut into steps', () => {
    const points: [number, number][] = [];
    for (let i = 0; i < 80; i++) points.push([(i * 97) % 397, (i * 61) % 293]);
    const whole = placeLabels(input(points, { maxLabels: 12 }));
    expect(whole.length).toBe(12);
    for (const stepSize of [1, 5, 9]) {
      const placement = new LabelPlacement(input(points, { maxLabels: 12 }));
      let steps = 1;
      while (!placement.step(stepSize)) steps++;
      expect(steps).toBeGreaterThan(1);
      expect(placement.done).toBe(true);
      expect(placement.placed).toEqual(whole);
    }
  });
});
