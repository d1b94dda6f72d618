import { describe, expect, it } from 'vitest';
import { exportSvg, type SvgScene } from '../../../src/renderer/src/plot/export-svg';
import { POINT_HIDDEN } from '../../../src/renderer/src/plot/point-flags';
import { PLOT_THEMES } from '../../../src/renderer/src/theme/theme';

function scene(overrides: Partial<SvgScene> = {}): SvgScene {
  return {
    size: { width: 200, height: 100 },
    view: { left: 0, right: 20, bottom: 0, top: 10 },
    coords: Float32Array.from([5, 5, 10, 2, 50, 50]),
    dims: 2,
    colors: Uint8Array.from([255, 0, 0, 0, 128, 255, 1, 2, 3]),
    state: new Uint8Array(3),
    sizes: null,
    hasSelection: false,
    hasSearch: false,
    labels: [{ x: 60, y: 50, text: 'кошка <&>' }],
    labelFontPx: 12,
    links: null,
    legend: { kind: 'none' },
    theme: PLOT_THEMES.light,
    options: { widthPx: 400, transparent: false, title: '' },
    ...overrides,
  };
}

const circles = (svg: string): string[] => svg.match(/<circle data-index[^>]*>/g) ?? [];

describe('SVG export', () => {
  it('writes one circle per point in view, at the view transform, in its exact colour', () => {
    const svg = exportSvg(scene());
    expect(circles(svg)).toEqual([
      '<circle data-index="0" cx="50" cy="50" r="4" fill="#ff0000"/>',
      '<circle data-index="1" cx="100" cy="80" r="4" fill="#0080ff"/>',
    ]);
    expect(svg).toContain('width="400" height="200" viewBox="0 0 200 100"');
  });

  it('leaves hidden points out, greys unselected ones, and escapes label text', () => {
    const svg = exportSvg(scene({ state: Uint8Array.from([POINT_HIDDEN, 0, 0]), hasSelection: true }));
    expect(circles(svg)).toEqual([
      `<circle data-index="1" cx="100" cy="80" r="4" fill="${PLOT_THEMES.light.dim}"/>`,
    ]);
    expect(svg).toContain('>кошка &#60;&#38;&#62;</text>');
  });

  it('has no background rectangle when transparent, and a title when asked', () => {
    const svg = exportSvg(scene({ options: { widthPx: 200, transparent: true, title: 'Map "A"' } }));
    expect(svg).not.toContain('<rect width="200" height="100"');
    expect(svg).toContain('>Map &#34;A&#34;</text>');
  });
});
