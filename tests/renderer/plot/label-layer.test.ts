import { describe, expect, it } from 'vitest';
import { gridCandidates2d } from '../../../src/renderer/src/plot/grid-label-candidates';
import { hitIndex2d } from '../../../src/renderer/src/plot/hit-index';
import { LabelLayer } from '../../../src/renderer/src/plot/label-layer';
import { isVisible, POINT_HIDDEN } from '../../../src/renderer/src/plot/point-flags';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';
import type { ViewBounds, ViewportSize } from '../../../src/renderer/src/plot/view-math';
import { random } from './random';

const SIZE: ViewportSize = { width: 800, height: 600 };
/** Data units are screen pixels (y up), so a label's place can be checked by eye in a failure message. */
const VIEW: ViewBounds = { left: 0, right: 800, bottom: 0, top: 600 };
const COUNT = 300;

/**
 * Node has no canvas: text is measured as 6.5 px per character, a stand-in for the one thing the layer asks of
 * its context (the placement, collisions and filtering under test are the real code).
 */
function measureContext(): CanvasRenderingContext2D {
  const context = { font: '', measureText: (text: string) => ({ width: 6.5 * text.length }) };
  return context as unknown as CanvasRenderingContext2D;
}

/** A laid-out layer over `COUNT` random points, and the state bytes it was laid out under (nothing hidden). */
function laidOut(): { layer: LabelLayer; state: Uint8Array } {
  const next = random(7);
  const coords = new Float32Array(COUNT * 2);
  for (let i = 0; i < coords.length; i += 2) {
    coords[i] = next() * SIZE.width;
    coords[i + 1] = next() * SIZE.height;
  }
  const state = new Uint8Array(COUNT);
  const accept = (index: number): boolean => isVisible(state, index);
  const grid = buildSpatialGrid(coords, 2);
  const hits = hitIndex2d(grid, coords, 2, VIEW, SIZE, state);
  const candidates = gridCandidates2d({ cells: grid.cells, coords, dims: 2, view: VIEW, size: SIZE, accept });
  const layer = new LabelLayer(measureContext());
  layer.setTexts(Array.from({ length: COUNT }, (_, i) => `слово ${i}`));
  layer.layout(candidates, SIZE, hits);
  return { layer, state };
}

describe('LabelLayer.dropHidden', () => {
  it('removes exactly the labels of hidden points, at once, and leaves the others where they were', () => {
    const { layer, state } = laidOut();
    const before = layer.drawnLabels();
    expect(before.length).toBeGreaterThan(20);
    // Hide every other placed label's point (a filter), and some points that have no label.
    const hiddenTexts = new Set<string>();
    before.forEach((label, k) => {
      if (k % 2 === 0) hiddenTexts.add(label.text);
    });
    for (let i = 0; i < COUNT; i++) if (hiddenTexts.has(`слово ${i}`) || i % 5 === 0) state[i] = POINT_HIDDEN;
    layer.dropHidden(state);
    const after = layer.drawnLabels();
    const expected = before.filter((label) => {
      const index = Number(label.text.split(' ')[1]);
      return isVisible(state, index);
    });
    expect(after).toEqual(expected);
    expect(after.length).toBeLessThan(before.length);
    expect(after.some((label) => hiddenTexts.has(label.text))).toBe(false);
  });

  it('drops the layout in progress, so a layout begun before the filter never brings hidden labels back', () => {
    const { layer, state } = laidOut();
    const before = layer.drawnLabels();
    // A second layout begun for the old state (as a large map's, in slices), then a filter hides everything.
    const coords = new Float32Array([100, 100, 200, 200]);
    const grid = buildSpatialGrid(coords, 2);
    const hits = hitIndex2d(grid, coords, 2, VIEW, SIZE, new Uint8Array(2));
    layer.beginLayout(
      { indices: Int32Array.from([0, 1]), positions: new Float32Array([100, 500, 200, 400]) },
      SIZE,
      hits,
    );
    state.fill(POINT_HIDDEN);
    layer.dropHidden(state);
    expect(layer.continueLayout(Infinity)).toBe(true);
    expect(before.length).toBeGreaterThan(0);
    expect(layer.drawnLabels()).toEqual([]);
  });
});
