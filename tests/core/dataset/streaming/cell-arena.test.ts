import { describe, expect, it } from 'vitest';
import { CellArena, type ArenaRow } from '../../../../src/core/dataset/streaming/cell-arena';
import { createRandom } from '../../../../src/core/math/random';

/** Characters that have broken text codecs: Cyrillic, an astral pair, a lone surrogate, a NUL, a BOM. */
const ALPHABET = ['a', 'я', 'ё', ' ', ',', '"', '\n', '😀', '\ud800', '\u0000', '\ufeff'];

describe('CellArena', () => {
  it('gives back every live row exactly while rows are released, compacted and the arena grows', () => {
    const random = createRandom(7);
    const arena = new CellArena();
    const live = new Map<ArenaRow, string[]>();
    const randomCell = (): string => {
      const length = Math.floor(random.next() ** 3 * 400);
      return Array.from({ length }, () => ALPHABET[Math.floor(random.next() * ALPHABET.length)]).join('');
    };
    // 60,000 rows of ~100 units each pass through (several times the first 1 Mi-unit arena); about a third
    // stay, so the arena both compacts in place and grows.
    for (let step = 0; step < 60_000; step++) {
      const cells = Array.from({ length: Math.floor(random.next() * 6) }, randomCell);
      live.set(arena.pack(cells), cells);
      if (random.next() < 0.66) {
        // One of the 50 oldest live rows: released rows sit before live ones, so compaction has to slide.
        let skip = Math.floor(random.next() * 50);
        let victim: ArenaRow | undefined;
        for (const row of live.keys()) {
          victim = row;
          if (skip-- <= 0) break;
        }
        if (victim !== undefined) {
          arena.release(victim);
          live.delete(victim);
        }
      }
    }
    expect(live.size).toBeGreaterThan(15_000);
    for (const [row, cells] of live) expect(arena.unpack(row)).toEqual(cells);
  });

  it('keeps a cell longer than 65,535 units and rows with no cells or empty cells', () => {
    const arena = new CellArena();
    const long = 'ж'.repeat(70_000);
    const rows = [[long, ''], [], ['', '', ''], ['x']];
    const packed = rows.map((cells) => arena.pack(cells));
    packed.forEach((row, index) => {
      expect(arena.unpack(row)).toEqual(rows[index]);
    });
  });
});
