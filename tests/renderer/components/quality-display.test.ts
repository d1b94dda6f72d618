import { describe, expect, it } from 'vitest';
import { numericColumn } from '../../../src/renderer/src/plot/column-values';
import {
  belongsTo,
  distortionColumn,
  formatScore,
  placedTags,
  textsToPlace,
} from '../../../src/renderer/src/components/quality-display';

describe('quality display helpers', () => {
  it('turns per-item scores into a numeric column the colour ramp accepts', () => {
    const column = distortionColumn(Float32Array.from([1, 0.5, 0, 2 / 3]), 'Neighbours kept (k=15)');
    expect(column).toEqual({ name: 'Neighbours kept (k=15)', values: ['1.00', '0.50', '0.00', '0.67'] });
    const numeric = numericColumn(column);
    expect(numeric?.min).toBe(0);
    expect(numeric?.max).toBe(1);
    expect(formatScore(0.98765)).toBe('0.988');
  });

  it('reads the lines to place: trimmed, non-empty, each once, at most the limit', () => {
    expect(textsToPlace('  кошка \n\n dog\r\nкошка\nмышь\n', 10)).toEqual(['кошка', 'dog', 'мышь']);
    expect(textsToPlace('a\nb\nc', 2)).toEqual(['a', 'b']);
    expect(textsToPlace(' \n ', 5)).toEqual([]);
  });

  it('tags each placed text at its own position and skips the unembedded ones', () => {
    const annotations = placedTags(['кошка', 'zzz', 'dog'], {
      coords: Float32Array.from([1, 2, 3, -4, 5.5, 6]),
      dims: 3,
      placed: [0, 2],
      unembedded: ['zzz'],
    });
    expect(annotations).toEqual({
      arrows: [],
      tags: [
        { at: [1, 2, 3], text: 'кошка' },
        { at: [-4, 5.5, 6], text: 'dog' },
      ],
    });
  });

  it('keeps a result only for the map it was computed on', () => {
    const map = { mapId: 'job-2' } as Parameters<typeof belongsTo>[1];
    expect(belongsTo({ mapId: 'job-2' }, map)).toBe(true);
    expect(belongsTo({ mapId: 'job-1' }, map)).toBe(false);
    expect(belongsTo(null, map)).toBe(false);
    expect(belongsTo({ mapId: 'job-2' }, null)).toBe(false);
  });
});
