import { describe, expect, it } from 'vitest';
import { assignColors } from '../../src/renderer/src/plot/palette';
import {
  FIT_PADDING_PX,
  LABEL_FONT_PX,
  LABEL_LINE_HEIGHT_PX,
  RENDER_THEMES,
} from '../../src/render-core/render-constants';
import { labelTextOf, scatterScene, textWidthPx } from '../../src/render-core/scatter-scene';
import { scatterSvg } from '../../src/render-core/scatter-svg';

/** Three clusters of words, 12 points each, on a seeded grid (no randomness needed). */
function clusters(): { texts: string[]; labels: (string | null)[]; coords: Float32Array } {
  const texts: string[] = [];
  const labels: (string | null)[] = [];
  const values: number[] = [];
  const groups = [
    { label: 'животные', words: ['кошка', 'собака', 'мышь'], cx: -5, cy: 0 },
    { label: 'техника', words: ['компьютер', 'клавиатура', 'монитор'], cx: 5, cy: 1 },
    { label: null, words: ['& <odd> "text"'], cx: 0, cy: 6 },
  ];
  for (const group of groups) {
    for (let i = 0; i < 12; i++) {
      texts.push(`${group.words[i % group.words.length] ?? ''} ${i}`);
      labels.push(group.label);
      values.push(group.cx + (i % 4) * 0.3, group.cy + Math.floor(i / 4) * 0.3);
    }
  }
  return { texts, labels, coords: Float32Array.from(values) };
}

const SIZE = { width: 800, height: 500 };

describe('scatterScene', () => {
  it('fits every point inside the padded picture and colours it with the app palette', () => {
    const input = { ...clusters(), dims: 2 };
    const scene = scatterScene(input, SIZE, false);
    expect(scene.points).toHaveLength(36);
    const assignment = assignColors(input.labels);
    for (const point of scene.points) {
      expect(point.x).toBeGreaterThanOrEqual(FIT_PADDING_PX - 1e-6);
      expect(point.x).toBeLessThanOrEqual(SIZE.width - FIT_PADDING_PX + 1e-6);
      expect(point.y).toBeGreaterThanOrEqual(FIT_PADDING_PX - 1e-6);
      expect(point.y).toBeLessThanOrEqual(SIZE.height - FIT_PADDING_PX + 1e-6);
      const entry = assignment.entries[assignment.entryOfPoint[point.index] ?? -1];
      expect(point.color).toBe(entry?.color);
    }
    // The data's y grows upwards, the picture's downwards: the cluster at y = 6 is drawn highest.
    const top = Math.min(...scene.points.map((point) => point.y));
    expect(scene.points.find((point) => point.y === top)?.index).toBeGreaterThanOrEqual(24);
    expect(scene.legend.map((row) => [row.name, row.count])).toEqual([
      ['животные', 12],
      ['техника', 12],
      ['(no label)', 12],
    ]);
  });

  it('places labels inside the picture, clear of each other, of the legend and of the title band', () => {
    const scene = scatterScene({ ...clusters(), dims: 2 }, SIZE, true);
    expect(scene.labels.length).toBeGreaterThan(0);
    const box = scene.legendBox;
    expect(box).not.toBeNull();
    for (const label of scene.labels) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.y).toBeGreaterThan(20);
      const right = label.x + textWidthPx(label.text, LABEL_FONT_PX);
      const clear =
        box === null ||
        right <= box.left ||
        label.x >= box.right ||
        label.y + LABEL_LINE_HEIGHT_PX / 2 <= box.top ||
        label.y - LABEL_LINE_HEIGHT_PX / 2 >= box.bottom;
      expect(clear).toBe(true);
      expect(right).toBeLessThanOrEqual(SIZE.width);
    }
    const ys = scene.labels.map((label) => `${label.x},${label.y}`);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('draws a 3D map from its first two axes', () => {
    const flat = clusters();
    const coords3 = new Float32Array((flat.coords.length / 2) * 3);
    for (let i = 0; i < flat.coords.length / 2; i++) {
      coords3[3 * i] = flat.coords[2 * i] ?? 0;
      coords3[3 * i + 1] = flat.coords[2 * i + 1] ?? 0;
      coords3[3 * i + 2] = 100 * i;
    }
    const flatScene = scatterScene({ ...flat, dims: 2 }, SIZE, false);
    const deepScene = scatterScene({ ...flat, coords: coords3, dims: 3 }, SIZE, false);
    expect(deepScene.points).toEqual(flatScene.points);
  });

  it('cuts long texts as the screen does', () => {
    expect(labelTextOf('short')).toBe('short');
    expect(Array.from(labelTextOf('я'.repeat(40)))).toHaveLength(32);
    expect(labelTextOf('я'.repeat(40)).endsWith('…')).toBe(true);
  });
});

describe('scatterSvg', () => {
  it('writes one circle per point, escaped legend and label text, the title and the theme background', () => {
    const scene = scatterScene({ ...clusters(), dims: 2 }, SIZE, true);
    const svg = scatterSvg(scene, RENDER_THEMES.dark, 'Слова <и> техника');
    expect(svg.match(/<circle data-index=/g)).toHaveLength(36);
    expect(svg).toContain(`fill="${RENDER_THEMES.dark.background}"`);
    expect(svg).toContain('>Слова &#60;и&#62; техника</text>');
    expect(svg).toContain('>животные</text>');
    expect(svg).toContain('>(no label)</text>');
    expect(svg).not.toMatch(/<odd>/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"')).toBe(true);
  });
});
