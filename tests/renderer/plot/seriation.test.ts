import { describe, expect, it } from 'vitest';
import { greedySeriation, orderBySimilarityTo } from '../../../src/renderer/src/plot/seriation';

/** Cosine similarities of 2D unit vectors at the given angles (radians). */
function anglesMatrix(angles: readonly number[]): Float32Array {
  const n = angles.length;
  return Float32Array.from({ length: n * n }, (_, k) =>
    Math.cos((angles[Math.floor(k / n)] ?? 0) - (angles[k % n] ?? 0)),
  );
}

function isPermutation(order: readonly number[], n: number): boolean {
  return order.length === n && new Set(order).size === n && order.every((i) => i >= 0 && i < n);
}

describe('greedySeriation', () => {
  it('puts items on a line in their order along it, starting from an end', () => {
    // Shuffled points on an arc: the chain must walk the arc from one end to the other.
    const angles = [0.5, 0.1, 0.9, 0.3, 0.0, 0.7, 0.2];
    const order = greedySeriation(anglesMatrix(angles), angles.length);
    expect(isPermutation(order, angles.length)).toBe(true);
    const walked = order.map((i) => angles[i] ?? NaN);
    const ascending = [...walked].sort((a, b) => a - b);
    expect([ascending, [...ascending].reverse()]).toContainEqual(walked);
  });

  it('keeps two planted groups contiguous', () => {
    // Two tight groups far apart, interleaved in the input.
    const angles = [0, 1.5, 0.05, 1.55, 0.1, 1.6];
    const order = greedySeriation(anglesMatrix(angles), 6);
    const group = order.map((i) => ((angles[i] ?? 0) < 1 ? 'a' : 'b')).join('');
    expect(['aaabbb', 'bbbaaa']).toContain(group);
  });

  it('handles no items and one item', () => {
    expect(greedySeriation(new Float32Array(0), 0)).toEqual([]);
    expect(greedySeriation(Float32Array.of(1), 1)).toEqual([0]);
  });
});

describe('orderBySimilarityTo', () => {
  it('puts the anchor first, then the others by descending similarity to it', () => {
    const angles = [0.4, 0.0, 1.0, 0.45, 0.2];
    const order = orderBySimilarityTo(anglesMatrix(angles), 5, 0);
    expect(order).toEqual([0, 3, 4, 1, 2]);
  });
});
