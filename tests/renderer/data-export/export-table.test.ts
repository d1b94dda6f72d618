import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../../src/shared/contract';
import { exportTable, float32Text } from '../../../src/renderer/src/data-export/export-table';
import { writeJsonl } from '../../../src/renderer/src/data-export/jsonl-writer';

function mapResult(dims: 2 | 3): MapResult {
  const texts = ['кошка', 'собака', 'компьютер, "новый"'];
  return {
    mapId: 'm1',
    datasetId: 'd1',
    count: texts.length,
    dims,
    texts,
    labels: ['животные', 'животные', null],
    coords: Float32Array.from({ length: texts.length * dims }, (_, i) => Math.fround(0.1 * (i + 1) - 0.35)),
    explainedVariance: [],
    unembedded: [],
    columns: [{ name: 'x', values: ['a', 'b', 'c'] }],
    embedderId: 'tfidf-svd',
    embeddingDimension: 8,
    method: 'pca',
    seed: 42,
    elapsedMs: 1,
  };
}

describe('exportTable', () => {
  it('lists text, label, the other columns (a cluster column too) and the coordinates, renaming clashes', () => {
    const result = mapResult(3);
    const cluster = { name: 'cluster', values: ['0', '0', '1'] };
    const table = exportTable(result, [...result.columns, cluster], null);
    expect(table.header).toEqual(['text', 'label', 'x', 'cluster', 'map_x', 'y', 'z']);
    expect(table.numeric).toEqual([false, false, false, false, true, true, true]);
    expect(table.rows[2]?.slice(0, 4)).toEqual(['компьютер, "новый"', null, 'c', '1']);
    // Every coordinate reads back as the very float32 on the map.
    table.rows.forEach((row, item) => {
      row.slice(4).forEach((cell, axis) => {
        expect(Math.fround(cell as number)).toBe(result.coords[item * 3 + axis]);
      });
    });
  });

  it('exports only the selected items, in order, and skips indices outside the map', () => {
    const table = exportTable(mapResult(2), [], [2, 0, 7, -1]);
    expect(table.rows.map((row) => row[0])).toEqual(['компьютер, "новый"', 'кошка']);
  });

  it('writes float32 coordinates with the fewest digits that read back exactly', () => {
    expect(float32Text(Math.fround(0.1))).toBe(0.1);
    // Near 1234 float32 steps by 1.2e-4: seven digits (-1234.568) would name another float32.
    expect(float32Text(Math.fround(-1234.5678))).toBe(-1234.5677);
    const value = Math.fround(Math.PI * 1e-7);
    expect(Math.fround(float32Text(value))).toBe(value);
  });
});

describe('writeJsonl', () => {
  it('round-trips every item through JSON.parse, one object per line', () => {
    const result = mapResult(2);
    const table = exportTable(result, result.columns, null);
    const text = writeJsonl(table);
    expect(text.endsWith('\n')).toBe(true);
    const items = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(items).toHaveLength(3);
    expect(items[2]).toEqual({
      text: 'компьютер, "новый"',
      label: null,
      x: 'c',
      map_x: float32Text(result.coords[4] ?? 0),
      y: float32Text(result.coords[5] ?? 0),
    });
    expect(items.map((item) => item['text'])).toEqual(result.texts);
  });

  it('writes a coordinate that is not finite as null', () => {
    const text = writeJsonl({ header: ['text', 'x'], numeric: [false, true], rows: [['a', Number.NaN]] });
    expect(JSON.parse(text)).toEqual({ text: 'a', x: null });
  });
});
