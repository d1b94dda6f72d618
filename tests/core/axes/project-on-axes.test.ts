import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../../src/shared/contract';
import type { StudioCore } from '../../../src/core/studio-core';
import { createRandom } from '../../../src/core/math/random';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { bareCore, mapOf } from '../support/map-runner';

const DIMENSION = 6;
const WORDS = ['man', 'woman', 'he', 'she', 'king', 'queen', 'small', 'big', 'кошка', 'собака', 'мышь'];

/** Seeded random vectors, one per word: nothing about them is arranged to make an axis come out nicely. */
function plantedVectors(seed: number): Map<string, number[]> {
  const random = createRandom(seed);
  return new Map(
    WORDS.map((word) => [
      word,
      Array.from({ length: DIMENSION }, () => Math.round(random.next() * 2000 - 1000) / 1000),
    ]),
  );
}

async function mapWords(core: StudioCore, vectors: Map<string, number[]>): Promise<MapResult> {
  const glove = [...vectors].map(([word, values]) => `${word} ${values.join(' ')}`).join('\n');
  const loaded = await core.loadWordVectors({
    fileName: 'planted.txt',
    bytes: utf8(glove),
    maxWords: null,
    lenient: false,
  });
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(['word', ...WORDS].join('\n')) });
  return mapOf(core, {
    datasetId: preview.datasetId,
    textColumn: 'word',
    labelColumn: null,
    embedderId: loaded.embedder.id,
    method: 'pca',
    dims: 2,
    seed: 1,
  });
}

const mean = (rows: number[][]): number[] =>
  rows[0]?.map((_, c) => rows.reduce((sum, row) => sum + (row[c] ?? 0), 0) / rows.length) ?? [];
const minus = (a: number[], b: number[]): number[] => a.map((value, c) => value - (b[c] ?? 0));
const dot = (a: number[], b: number[]): number => a.reduce((sum, value, c) => sum + value * (b[c] ?? 0), 0);
const normalised = (a: number[]): number[] => a.map((value) => value / Math.sqrt(dot(a, a)));

describe('projectOnAxes', () => {
  it('gives each item the dot product of its vector with the normalised axis (two axes)', async () => {
    const core = bareCore();
    const vectors = plantedVectors(11);
    const at = (word: string): number[] => vectors.get(word) ?? [];
    const map = await mapWords(core, vectors);
    const out = await core.projectOnAxes({
      mapId: map.mapId,
      axes: [
        { name: 'gender', from: ['man', 'he'], to: ['woman', 'she'] },
        { name: 'size', from: ['small'], to: ['big'] },
      ],
      orthogonalize: false,
    });
    const gender = normalised(minus(mean([at('woman'), at('she')]), mean([at('man'), at('he')])));
    const size = normalised(minus(at('big'), at('small')));
    expect(out.dims).toBe(2);
    map.texts.forEach((text, i) => {
      expect(out.coords[2 * i]).toBeCloseTo(dot(at(text), gender), 4);
      expect(out.coords[2 * i + 1]).toBeCloseTo(dot(at(text), size), 4);
    });
    const cosine = dot(gender, size);
    expect(out.axisCosines).toHaveLength(4);
    expect(out.axisCosines[0]).toBeCloseTo(1, 6);
    expect(out.axisCosines[1]).toBeCloseTo(cosine, 5);
    expect(out.axisCosines[2]).toBeCloseTo(cosine, 5);
    expect(out.axes.map((axis) => axis.missing)).toEqual([[], []]);
  });

  it('orthogonalises in order: the first axis is unchanged, the second loses its part along the first', async () => {
    const core = bareCore();
    const vectors = plantedVectors(12);
    const at = (word: string): number[] => vectors.get(word) ?? [];
    const map = await mapWords(core, vectors);
    const axes = [
      { name: 'royal', from: ['man'], to: ['king'] },
      { name: 'size', from: ['small'], to: ['big'] },
      { name: 'pets', from: [], to: ['кошка', 'собака'] },
    ];
    const plain = await core.projectOnAxes({ mapId: map.mapId, axes, orthogonalize: false });
    const orthogonal = await core.projectOnAxes({ mapId: map.mapId, axes, orthogonalize: true });
    expect(orthogonal.dims).toBe(3);
    // Independent Gram–Schmidt: u1, then u2 ⟂ u1, then u3 ⟂ u1, u2.
    const u1 = normalised(minus(at('king'), at('man')));
    const d2 = minus(at('big'), at('small'));
    const u2 = normalised(
      minus(
        d2,
        u1.map((v) => v * dot(d2, u1)),
      ),
    );
    const d3 = mean([at('кошка'), at('собака')]);
    const r3 = minus(
      minus(
        d3,
        u1.map((v) => v * dot(d3, u1)),
      ),
      u2.map((v) => v * dot(d3, u2)),
    );
    const u3 = normalised(r3);
    expect(dot(u1, u2)).toBeCloseTo(0, 10);
    expect(dot(u2, u3)).toBeCloseTo(0, 10);
    map.texts.forEach((text, i) => {
      expect(orthogonal.coords[3 * i]).toBeCloseTo(plain.coords[3 * i] ?? NaN, 6);
      expect(orthogonal.coords[3 * i]).toBeCloseTo(dot(at(text), u1), 4);
      expect(orthogonal.coords[3 * i + 1]).toBeCloseTo(dot(at(text), u2), 4);
      expect(orthogonal.coords[3 * i + 2]).toBeCloseTo(dot(at(text), u3), 4);
    });
    // Orthogonalised coordinates differ from the plain ones on the later axes (the random axes are not orthogonal).
    expect(Math.abs((orthogonal.coords[1] ?? 0) - (plain.coords[1] ?? 0))).toBeGreaterThan(1e-3);
    // The cosines describe the axes as defined, so they are the same either way.
    expect(orthogonal.axisCosines).toEqual(plain.axisCosines);
  });

  it('with one axis, spreads the points on the second column by the remaining variation', async () => {
    const core = bareCore();
    const vectors = plantedVectors(13);
    const at = (word: string): number[] => vectors.get(word) ?? [];
    const map = await mapWords(core, vectors);
    const out = await core.projectOnAxes({
      mapId: map.mapId,
      axes: [{ name: 'man → woman', from: ['man'], to: ['woman'] }],
      orthogonalize: false,
    });
    const axis = normalised(minus(at('woman'), at('man')));
    expect(out.dims).toBe(2);
    const second = map.texts.map((text, i) => {
      expect(out.coords[2 * i]).toBeCloseTo(dot(at(text), axis), 4);
      return out.coords[2 * i + 1] ?? NaN;
    });
    // Centred principal component: mean 0, not constant, and uncorrelated with the axis coordinate.
    expect(second.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 4);
    expect(Math.max(...second) - Math.min(...second)).toBeGreaterThan(0.1);
    const residuals = map.texts.map((text) => {
      const v = at(text);
      return minus(
        v,
        axis.map((a) => a * dot(v, axis)),
      );
    });
    residuals.forEach((r) => {
      expect(dot(r, axis)).toBeCloseTo(0, 10);
    });
  });

  it('reports words without a vector and fails clearly when an axis has no "to" word', async () => {
    const core = bareCore();
    const map = await mapWords(core, plantedVectors(14));
    const out = await core.projectOnAxes({
      mapId: map.mapId,
      axes: [
        { name: 'gender', from: ['man', 'unicorn'], to: ['woman', 'dragon'] },
        { name: 'size', from: ['small'], to: ['big'] },
      ],
      orthogonalize: true,
    });
    expect(out.axes).toEqual([
      { name: 'gender', missing: ['unicorn', 'dragon'] },
      { name: 'size', missing: [] },
    ]);
    const error = await expectStudioError(
      () =>
        core.projectOnAxes({
          mapId: map.mapId,
          axes: [{ name: 'myth', from: ['man'], to: ['unicorn', 'dragon'] }],
          orthogonalize: false,
        }),
      'out-of-vocabulary',
    );
    expect(error.message).toContain('myth');
    expect(error.params).toMatchObject({ axis: 'myth', words: 'unicorn, dragon' });
  });

  it('rejects an unknown map', async () => {
    const core = bareCore();
    await expectStudioError(
      () =>
        core.projectOnAxes({
          mapId: 'no-such-map',
          axes: [{ name: 'a', from: [], to: ['x'] }],
          orthogonalize: false,
        }),
      'unknown-map',
    );
  });
});
