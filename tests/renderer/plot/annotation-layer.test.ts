import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_ACCENT,
  annotationAccent,
  arrowHead,
  projectAnnotations,
} from '../../../src/renderer/src/plot/annotation-layer';
import { svgAnnotations } from '../../../src/renderer/src/plot/annotation-svg';
import { projector2d } from '../../../src/renderer/src/plot/camera-rig';
import { exportSvg } from '../../../src/renderer/src/plot/export-svg';
import { POINT_SIZE_CSS_PX } from '../../../src/renderer/src/plot/point-material';
import type { Projector } from '../../../src/renderer/src/plot/transition';
import { PLOT_THEMES } from '../../../src/renderer/src/theme/theme';

/** A 200 × 100 plot showing x ∈ [0, 20], y ∈ [0, 10]: 10 CSS px per unit. */
const SIZE = { width: 200, height: 100 };
const VIEW = { left: 0, right: 20, bottom: 0, top: 10 };
/** Three points (3 floats each): (2, 5), (12, 5) and (2, 1). */
const POSITIONS = Float32Array.from([2, 5, 0, 12, 5, 0, 2, 1, 0]);
const GAP = POINT_SIZE_CSS_PX / 2 + 1;

describe('projectAnnotations', () => {
  it('puts arrows between the points on screen, stopping short of the target, and tags at layout positions', () => {
    const drawn = projectAnnotations(
      {
        arrows: [{ from: 0, to: 1, label: 'cos 0.93' }],
        tags: [{ at: [10, 10], text: 'animals', color: '#123456' }],
      },
      POSITIONS,
      projector2d(VIEW, SIZE),
      '#b0197e',
    );
    expect(drawn.arrows).toHaveLength(1);
    const arrow = drawn.arrows[0];
    expect(arrow).toMatchObject({ x1: 20, y1: 50, y2: 50, label: 'cos 0.93', color: '#b0197e' });
    expect(arrow?.x2).toBeCloseTo(120 - GAP, 6);
    expect(drawn.tags).toEqual([{ x: 100, y: 0, text: 'animals', color: '#123456' }]);
  });

  it('follows the camera: a zoomed view moves the arrow with the points', () => {
    const zoomed = projectAnnotations(
      { arrows: [{ from: 2, to: 0, label: '' }], tags: [] },
      POSITIONS,
      projector2d({ left: 0, right: 10, bottom: 0, top: 5 }, SIZE),
      '#000000',
    );
    expect(zoomed.arrows[0]).toMatchObject({ x1: 40, y1: 80, x2: 40 });
    expect(zoomed.arrows[0]?.y2).toBeCloseTo(0 + GAP, 6);
  });

  it('leaves out arrows to missing points, behind the camera, or shorter than the gap', () => {
    const hidden: Projector = {
      toScreen: (x, y) => (x > 5 ? null : { x: x * 10, y: y * 10, depth: 0 }),
      fromScreen: () => [0, 0, 0],
    };
    const drawn = projectAnnotations(
      {
        arrows: [
          { from: 0, to: 1, label: 'behind' },
          { from: 0, to: 7, label: 'missing' },
          { from: 0, to: 0, label: 'itself' },
          { from: 2, to: 0, label: 'kept' },
        ],
        tags: [{ at: [9, 9, 9], text: 'gone' }],
      },
      POSITIONS,
      hidden,
      '#000000',
    );
    expect(drawn.arrows.map((arrow) => arrow.label)).toEqual(['kept']);
    expect(drawn.tags).toEqual([]);
  });

  it('points the head at the target: its tip is the shaft end and its base lies behind it', () => {
    const head = arrowHead({ x1: 0, y1: 0, x2: 100, y2: 0, label: '', color: '#000000' });
    expect(head[0]).toEqual([100, 0]);
    expect(head[1]?.[0]).toBeCloseTo(91, 6);
    expect(head[2]?.[0]).toBeCloseTo(91, 6);
    expect(Math.abs((head[1]?.[1] ?? 0) - (head[2]?.[1] ?? 0))).toBeCloseTo(9, 6);
  });

  it('uses the theme accent', () => {
    expect(annotationAccent(PLOT_THEMES.light)).toBe(ANNOTATION_ACCENT.light);
    expect(annotationAccent(PLOT_THEMES.dark)).toBe(ANNOTATION_ACCENT.dark);
  });
});

describe('annotations in the SVG export', () => {
  it('writes each arrow as a line and a head, with the label at its middle, between points and labels', () => {
    const drawn = {
      arrows: [{ x1: 20, y1: 50, x2: 110, y2: 50, label: 'cos <1>', color: '#b0197e' }],
      tags: [],
    };
    const parts = svgAnnotations(drawn, 'white');
    expect(parts).toContain(
      '<line x1="20" y1="50" x2="110" y2="50" stroke="#b0197e" stroke-width="2" stroke-linecap="round"/>',
    );
    expect(parts.some((part) => part.startsWith('<polygon points="110,50 101,45.5 101,54.5"'))).toBe(true);
    expect(parts.find((part) => part.startsWith('<text'))).toContain('x="65" y="50"');
    expect(parts.join('')).toContain('cos &#60;1&#62;');
    const svg = exportSvg({
      size: SIZE,
      view: VIEW,
      coords: Float32Array.from([2, 5, 12, 5]),
      dims: 2,
      colors: new Uint8Array(6),
      state: new Uint8Array(2),
      sizes: null,
      hasSelection: false,
      hasSearch: false,
      labels: [{ x: 5, y: 5, text: 'king' }],
      labelFontPx: 12,
      links: null,
      annotations: drawn,
      legend: { kind: 'none' },
      theme: PLOT_THEMES.light,
      options: { widthPx: 200, transparent: false, title: '' },
    });
    const points = svg.indexOf('data-layer="points"');
    const annotations = svg.indexOf('data-layer="annotations"');
    expect(points).toBeGreaterThan(0);
    expect(annotations).toBeGreaterThan(points);
    expect(svg.indexOf('>king</text>')).toBeGreaterThan(annotations);
  });
});
