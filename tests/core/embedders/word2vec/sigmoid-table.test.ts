import { describe, expect, it } from 'vitest';
import {
  buildSigmoidTables,
  EXP_TABLE_SCALE,
  EXP_TABLE_SIZE,
  MAX_EXP,
} from '../../../../src/core/embedders/word2vec/sigmoid-table';

describe('buildSigmoidTables', () => {
  const tables = buildSigmoidTables();

  it('has an entry for every index the kernel can compute, x = MAX_EXP included (word2vec.c’s size + 1)', () => {
    for (const table of [tables.sigmoid, tables.positiveLoss, tables.negativeLoss])
      expect(table).toHaveLength(EXP_TABLE_SIZE + 1);
    // The kernel's index for the largest unsaturated scores: it must land inside the tables.
    for (const score of [MAX_EXP, MAX_EXP - Number.EPSILON * 8, -MAX_EXP]) {
      const index = ((score + MAX_EXP) * EXP_TABLE_SCALE) | 0;
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThanOrEqual(EXP_TABLE_SIZE);
    }
    expect(tables.sigmoid[EXP_TABLE_SIZE]).toBeCloseTo(1 / (1 + Math.exp(-MAX_EXP)), 6);
  });

  it('holds σ(x) and the two losses, which are mirror images of each other', () => {
    for (let i = 0; i <= EXP_TABLE_SIZE; i += 50) {
      const x = ((2 * i) / EXP_TABLE_SIZE - 1) * MAX_EXP;
      expect(tables.sigmoid[i]).toBeCloseTo(1 / (1 + Math.exp(-x)), 6);
      expect(tables.positiveLoss[i]).toBeCloseTo(-Math.log(1 / (1 + Math.exp(-x))), 5);
      expect(tables.negativeLoss[i]).toBeCloseTo(tables.positiveLoss[EXP_TABLE_SIZE - i] ?? NaN, 5);
    }
  });
});
