import { describe, expect, it } from 'vitest';
import type { SampleSpec } from '../../../../src/shared/contract';
import { BottomK } from '../../../../src/core/dataset/streaming/bottom-k';
import { DelimitedStream } from '../../../../src/core/dataset/streaming/delimited-stream';
import { createRandom } from '../../../../src/core/math/random';
import { sampleFileText } from './sample-file';

/** Streams `text` through a DelimitedStream in 4,096-character pieces and returns it finished. */
function streamed(text: string, sample: SampleSpec | null): DelimitedStream {
  const stream = new DelimitedStream('csv', { fileName: 's.csv', lenient: false, sample });
  for (let start = 0; start < text.length; start += 4096) {
    stream.feed(text.slice(start, start + 4096), start + 4096 >= text.length);
  }
  return stream;
}

/**
 * How many of `rows` keys drawn from `seed` enter a bottom-`size` heap on arrival: the rows a uniform sample
 * admits, counted here with the sampler's own heap but without any reader.
 */
function admittedByUniformSample(rows: number, size: number, seed: number): number {
  const random = createRandom(seed);
  const heap = new BottomK<number>(size);
  let admitted = 0;
  for (let row = 0; row < rows; row++) {
    const key = random.next();
    if (!heap.admits(key)) continue;
    admitted++;
    heap.offer(key, row);
  }
  return admitted;
}

describe('DelimitedStream builds only the rows a sample admits', () => {
  const text = sampleFileText(20_000, 11);

  it('builds the cells of exactly the rows whose key enters the uniform sample', () => {
    const stream = streamed(text, { size: 100, seed: 5, stratifyBy: null });
    const table = stream.table();
    expect(stream.rowsRead).toBe(20_000);
    expect(table.rows).toHaveLength(100);
    expect(stream.rowsBuilt).toBe(admittedByUniformSample(20_000, 100, 5));
    // 100 × (1 + ln(20,000 / 100)) ≈ 630: the other ~19,400 rows were scanned, never built.
    expect(stream.rowsBuilt).toBeLessThan(1000);
  });

  it('builds a small share of the rows for a stratified sample, and every row without one', () => {
    const stratified = streamed(text, { size: 100, seed: 5, stratifyBy: 'label' });
    expect(stratified.table().rows.length).toBeGreaterThanOrEqual(99);
    expect(stratified.rowsRead).toBe(20_000);
    // The 2 × 100 overall keys and 64 per label (5 labels) admit a few thousand rows at most.
    expect(stratified.rowsBuilt).toBeLessThan(3000);
    expect(stratified.rowsBuilt).toBeGreaterThanOrEqual(200);
    const all = streamed(text, null);
    expect(all.table().rows).toHaveLength(20_000);
    expect(all.rowsBuilt).toBe(20_000);
  });

  it('reads the stratum of a quoted label with doubled quotes, and keeps it in the built rows', () => {
    const stratified = streamed(text, { size: 300, seed: 9, stratifyBy: 'label' });
    const labels = new Set(stratified.table().rows.map((row) => row[2]));
    expect([...labels].sort()).toEqual(['dog', 'quoted, "label"', 'x', 'кошка', 'мышь']);
  });
});
