import { describe, expect, it } from 'vitest';
import {
  computeExtent,
  dataToScreen,
  fitView,
  panView,
  resizeView,
  screenToData,
  unitsPerPixel,
  wheelZoomFactor,
  zoomViewAt,
  type ViewBounds,
} from '../../../src/renderer/src/plot/view-math';

const size = { width: 800, height: 600 };

function expectClose(actual: readonly number[], expected: readonly number[], digits = 9): void {
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i] ?? NaN, digits);
  });
}

describe('computeExtent', () => {
  it('bounds the x and y of every row and skips non-finite points', () => {
    const coords = new Float32Array([1, 2, 9, -3, 4, 9, NaN, 100, 9, 0, 0, 9]);
    expect(computeExtent(coords, 3)).toEqual({ minX: -3, maxX: 1, minY: 0, maxY: 4 });
  });

  it('is null when no point is finite', () => {
    expect(computeExtent(new Float32Array([NaN, 1]), 2)).toBeNull();
    expect(computeExtent(new Float32Array(0), 2)).toBeNull();
  });
});

describe('fitView', () => {
  it('shows every point with the requested padding and equal scale on both axes', () => {
    const extent = { minX: -10, maxX: 30, minY: 5, maxY: 15 };
    const view = fitView(extent, size, 20);
    expect(unitsPerPixel(view, size)).toBeCloseTo((view.top - view.bottom) / size.height, 12);
    const [left, top] = dataToScreen(view, size, extent.minX, extent.maxY);
    const [right, bottom] = dataToScreen(view, size, extent.maxX, extent.minY);
    // The wider axis touches the padding exactly; the other one has more room.
    expect(left).toBeCloseTo(20, 9);
    expect(right).toBeCloseTo(780, 9);
    expect(top).toBeGreaterThanOrEqual(20);
    expect(bottom).toBeLessThanOrEqual(580);
    // Centred.
    expect((top + bottom) / 2).toBeCloseTo(300, 9);
  });

  it('gives a single point a finite window centred on it', () => {
    const view = fitView({ minX: 3, maxX: 3, minY: -2, maxY: -2 }, size, 20);
    expect(Number.isFinite(view.left) && view.right > view.left && view.top > view.bottom).toBe(true);
    expectClose(dataToScreen(view, size, 3, -2), [400, 300]);
  });

  it('has a default window without data', () => {
    const view = fitView(null, size, 0);
    expectClose(dataToScreen(view, size, 0, 0), [400, 300]);
  });
});

describe('screen and data coordinates', () => {
  const view: ViewBounds = { left: -4, right: 4, bottom: -3, top: 3 };

  it('maps corners as the e2e probe formula does', () => {
    expectClose(dataToScreen(view, size, -4, 3), [0, 0]);
    expectClose(dataToScreen(view, size, 4, -3), [800, 600]);
  });

  it('are inverse to each other', () => {
    for (const [x, y] of [
      [0.5, -1.25],
      [3.9, 2.1],
      [-100, 7],
    ] as const) {
      const [px, py] = dataToScreen(view, size, x, y);
      expectClose(screenToData(view, size, px, py), [x, y]);
    }
  });
});

describe('panView', () => {
  it('moves the data with the pointer', () => {
    const view: ViewBounds = { left: 0, right: 80, bottom: 0, top: 60 };
    const before = dataToScreen(view, size, 10, 20);
    const moved = panView(view, size, 30, -12);
    const after = dataToScreen(moved, size, 10, 20);
    expectClose(after, [before[0] + 30, before[1] - 12]);
  });
});

describe('zoomViewAt', () => {
  const view: ViewBounds = { left: -4, right: 4, bottom: -3, top: 3 };

  it('keeps the data point under the cursor fixed', () => {
    const anchor = screenToData(view, size, 200, 450);
    const zoomed = zoomViewAt(view, size, 200, 450, 0.5, 8);
    expectClose(screenToData(zoomed, size, 200, 450), anchor);
    expect(zoomed.right - zoomed.left).toBeCloseTo(4, 12);
    expect(zoomed.top - zoomed.bottom).toBeCloseTo(3, 12);
  });

  it('undoes itself with the inverse factor', () => {
    const back = zoomViewAt(zoomViewAt(view, size, 123, 45, 0.8, 8), size, 123, 45, 1.25, 8);
    expectClose(
      [back.left, back.right, back.bottom, back.top],
      [view.left, view.right, view.bottom, view.top],
    );
  });

  it('clamps extreme zoom to sane multiples of the data extent', () => {
    const tiny = zoomViewAt(view, size, 400, 300, 1e-12, 8);
    expect(tiny.right - tiny.left).toBeGreaterThan(0);
    expect(tiny.right - tiny.left).toBeCloseTo(8 * 1e-5, 12);
    const huge = zoomViewAt(view, size, 400, 300, 1e12, 8);
    expect(huge.right - huge.left).toBeCloseTo(8 * 50, 9);
  });
});

describe('resizeView and wheelZoomFactor', () => {
  it('keeps centre and scale across a resize', () => {
    const view: ViewBounds = { left: -4, right: 4, bottom: -3, top: 3 };
    const bigger = { width: 1000, height: 500 };
    const resized = resizeView(view, size, bigger);
    expect(unitsPerPixel(resized, bigger)).toBeCloseTo(unitsPerPixel(view, size), 12);
    expectClose(dataToScreen(resized, bigger, 0, 0), [500, 250]);
  });

  it('zooms in for wheel up, out for wheel down, and not at all for 0', () => {
    expect(wheelZoomFactor(-100)).toBeLessThan(1);
    expect(wheelZoomFactor(100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(0)).toBe(1);
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1, 12);
  });
});
