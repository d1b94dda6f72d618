import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmbedderRegistry } from '../../../../src/core/embedders/embedder-registry';
import {
  VECTORS_LOAD_IDLE_MS,
  VectorsLoadSessions,
} from '../../../../src/core/embedders/word-vectors/vectors-load-sessions';
import { parseWordVectors } from '../../../../src/core/embedders/word-vectors/word-vector-parser';
import { WordVectorsEmbedder } from '../../../../src/core/embedders/word-vectors/word-vectors-embedder';
import type { WordVectors } from '../../../../src/core/embedders/word-vectors/word-vectors';
import { createRandom } from '../../../../src/core/math/random';
import { expectStudioError } from '../../support/expect-studio-error';
import { binaryFile, textLines, VOCABULARY } from './vector-files';

type Entries = readonly (readonly [string, readonly number[]])[];

const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** `count` words of `dimension` seeded values with 1/64 steps, exactly representable in text and float32
 * (`+ 0` turns -0, which text writes as 0, into 0). */
function randomEntries(count: number, dimension: number, seed: number): Entries {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, row) => [
    row % 3 === 0 ? `слово${row}` : `word${row}`,
    Array.from({ length: dimension }, () => Math.round((random.next() - 0.5) * 512) / 64 + 0),
  ]);
}

/** `bytes` cut at the given offsets (sorted, duplicates allowed: an empty chunk is legal too). */
function cutAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array<ArrayBuffer>[] {
  const points = [0, ...cuts.map((cut) => cut % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  return points.slice(1).map((end, index) => bytes.slice(points[index], end));
}

function vectorsOf(registry: EmbedderRegistry, embedderId: string): WordVectors {
  const embedder = registry.get(embedderId);
  if (!(embedder instanceof WordVectorsEmbedder))
    throw new Error(`${embedderId} is not a word-vector embedder`);
  return embedder.vectors;
}

/** Streams `chunks` through a fresh session and returns what it registered. */
async function loadInChunks(
  fileName: string,
  chunks: readonly Uint8Array<ArrayBuffer>[],
  maxWords: number | null = null,
): Promise<{ vectors: WordVectors; registry: EmbedderRegistry }> {
  const registry = new EmbedderRegistry();
  const sessions = new VectorsLoadSessions(registry);
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const { loadId } = sessions.begin({ fileName, totalBytes: total, maxWords, lenient: false });
  for (const bytes of chunks) await sessions.append({ loadId, bytes });
  const loaded = await sessions.finish({ loadId });
  expect(sessions.open).toBe(0);
  return { vectors: vectorsOf(registry, loaded.embedder.id), registry };
}

describe('VectorsLoadSessions', () => {
  it('gives exactly the one-shot parse for text and .bin files cut at random places (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        fc.constantFrom('glove.txt', 'model.vec', 'model.bin'),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (count, dimension, seed, fileName, cuts) => {
          const entries = randomEntries(count, dimension, seed);
          const bytes =
            fileName === 'model.bin'
              ? binaryFile(entries)
              : encode((fileName === 'model.vec' ? `${count} ${dimension}\n` : '') + textLines(entries));
          const whole = await parseWordVectors([bytes], { fileName, maxWords: null, lenient: false });
          const { vectors } = await loadInChunks(fileName, cutAt(bytes, cuts));
          expect(vectors.words).toEqual(whole.vectors.words);
          expect(vectors.dimension).toBe(dimension);
          expect(Array.from(vectors.data)).toEqual(Array.from(whole.vectors.data));
          expect(Array.from(vectors.data)).toEqual(entries.flatMap(([, vector]) => vector));
        },
      ),
      { numRuns: 60, seed: 20261129 },
    );
  });

  it('reports bytes and words after each chunk and registers the embedder as loadWordVectors does', async () => {
    const registry = new EmbedderRegistry();
    const sessions = new VectorsLoadSessions(registry);
    const bytes = encode(textLines(VOCABULARY));
    const { loadId } = sessions.begin({
      fileName: 'glove.txt',
      totalBytes: bytes.length,
      maxWords: null,
      lenient: false,
    });
    const firstLineEnd = bytes.indexOf(0x0a) + 1;
    // The first chunk ends exactly after line 1, the second exactly after line 3: both counts are exact.
    const thirdLineEnd = firstLineEnd + encode(textLines(VOCABULARY.slice(1, 3))).length;
    expect(await sessions.append({ loadId, bytes: bytes.slice(0, firstLineEnd) })).toEqual({
      bytesRead: firstLineEnd,
      words: 1,
      full: false,
    });
    expect(await sessions.append({ loadId, bytes: bytes.slice(firstLineEnd, thirdLineEnd) })).toEqual({
      bytesRead: thirdLineEnd,
      words: 3,
      full: false,
    });
    await sessions.append({ loadId, bytes: bytes.slice(thirdLineEnd) });
    const loaded = await sessions.finish({ loadId });
    expect(loaded).toMatchObject({ words: 5, dimension: 3, skippedLines: 0 });
    expect(loaded.embedder.id).toBe('vectors:glove.txt');
    expect(registry.list().map((info) => info.id)).toEqual(['vectors:glove.txt']);
    expect(vectorsOf(registry, 'vectors:glove.txt').words).toEqual(VOCABULARY.map(([word]) => word));
  });

  it('aborts mid-way, frees the session and keeps earlier embedders; the next load works', async () => {
    const registry = new EmbedderRegistry();
    const sessions = new VectorsLoadSessions(registry);
    const bytes = encode(textLines(randomEntries(2000, 50, 7)));
    const half = Math.floor(bytes.length / 2);
    const first = sessions.begin({
      fileName: 'big.txt',
      totalBytes: bytes.length,
      maxWords: null,
      lenient: false,
    });
    const progress = await sessions.append({ loadId: first.loadId, bytes: bytes.slice(0, half) });
    expect(progress.words).toBeGreaterThan(500);
    expect(sessions.abort(first)).toEqual({ aborted: true });
    expect(sessions.open).toBe(0);
    expect(sessions.abort(first)).toEqual({ aborted: false });
    await expectStudioError(
      () => sessions.append({ loadId: first.loadId, bytes: bytes.slice(half) }),
      'invalid-arguments',
    );
    expect(registry.list()).toEqual([]);

    const second = sessions.begin({
      fileName: 'big.txt',
      totalBytes: bytes.length,
      maxWords: null,
      lenient: false,
    });
    expect(second.loadId).not.toBe(first.loadId);
    await sessions.append({ loadId: second.loadId, bytes });
    expect((await sessions.finish(second)).words).toBe(2000);
  });

  it('cancels a chunk that is being parsed when the load is aborted', async () => {
    const sessions = new VectorsLoadSessions(new EmbedderRegistry());
    // 16 slices of 1 MiB: the parse yields between slices, so the abort lands before the chunk is consumed.
    const bytes = encode(textLines(randomEntries(40_000, 40, 3))).slice(0, 16 << 20);
    const { loadId } = sessions.begin({
      fileName: 'big.txt',
      totalBytes: bytes.length,
      maxWords: null,
      lenient: false,
    });
    const append = sessions.append({ loadId, bytes });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sessions.abort({ loadId })).toEqual({ aborted: true });
    const error = await expectStudioError(() => append, 'cancelled');
    expect(error.message).toBe('Loading big.txt was cancelled.');
    expect(sessions.open).toBe(0);
  });

  it('names the right line when the bad line straddles a chunk boundary, and drops the load', async () => {
    const lines = textLines(VOCABULARY.slice(0, 3)) + 'dog -2.5 oops 3\n' + textLines(VOCABULARY.slice(3));
    const bytes = encode(lines);
    const badLineStart = encode(textLines(VOCABULARY.slice(0, 3))).length;
    for (const cut of [badLineStart + 1, badLineStart + 6, badLineStart + 10]) {
      const sessions = new VectorsLoadSessions(new EmbedderRegistry());
      const { loadId } = sessions.begin({
        fileName: 'bad.txt',
        totalBytes: bytes.length,
        maxWords: null,
        lenient: false,
      });
      expect((await sessions.append({ loadId, bytes: bytes.slice(0, cut) })).words).toBe(3);
      const error = await expectStudioError(
        () => sessions.append({ loadId, bytes: bytes.slice(cut) }),
        'malformed-vectors',
      );
      expect(error.params).toMatchObject({ file: 'bad.txt', line: 4 });
      expect(error.message).toContain('line 4');
      expect(sessions.open).toBe(0);
      await expectStudioError(() => sessions.finish({ loadId }), 'invalid-arguments');
    }
  });

  it('stops at maxWords: later chunks are acknowledged and ignored', async () => {
    const entries = randomEntries(300, 8, 11);
    const bytes = encode(textLines(entries));
    const third = Math.floor(bytes.length / 3);
    const registry = new EmbedderRegistry();
    const sessions = new VectorsLoadSessions(registry);
    const { loadId } = sessions.begin({
      fileName: 'top.txt',
      totalBytes: bytes.length,
      maxWords: 20,
      lenient: false,
    });
    expect(await sessions.append({ loadId, bytes: bytes.slice(0, third) })).toEqual({
      bytesRead: third,
      words: 20,
      full: true,
    });
    // Garbage after the limit is not parsed at all.
    expect(await sessions.append({ loadId, bytes: encode('not a vector line\n') })).toMatchObject({
      words: 20,
      full: true,
    });
    const loaded = await sessions.finish({ loadId });
    expect(loaded.words).toBe(20);
    expect(vectorsOf(registry, loaded.embedder.id).words).toEqual(entries.slice(0, 20).map(([word]) => word));
  });

  it('keeps one load at a time: a new begin aborts the open one', async () => {
    const sessions = new VectorsLoadSessions(new EmbedderRegistry());
    const first = sessions.begin({ fileName: 'a.txt', totalBytes: 10, maxWords: null, lenient: false });
    await sessions.append({ loadId: first.loadId, bytes: encode('cat 1 2\n') });
    const second = sessions.begin({ fileName: 'b.txt', totalBytes: 10, maxWords: null, lenient: false });
    expect(sessions.open).toBe(1);
    await expectStudioError(() => sessions.finish(first), 'invalid-arguments');
    await sessions.append({ loadId: second.loadId, bytes: encode('dog 3 4\n') });
    expect((await sessions.finish(second)).embedder.id).toBe('vectors:b.txt');
  });

  it('drops a load left idle for longer than the timeout', async () => {
    let now = 1_000;
    const sessions = new VectorsLoadSessions(new EmbedderRegistry(), () => now);
    const { loadId } = sessions.begin({ fileName: 'a.txt', totalBytes: 10, maxWords: null, lenient: false });
    now += VECTORS_LOAD_IDLE_MS;
    await sessions.append({ loadId, bytes: encode('cat 1 2\n') });
    now += VECTORS_LOAD_IDLE_MS + 1;
    expect(sessions.open).toBe(0);
    await expectStudioError(() => sessions.finish({ loadId }), 'invalid-arguments');
  });

  it('fails the finish of an empty or truncated file and drops the load', async () => {
    const sessions = new VectorsLoadSessions(new EmbedderRegistry());
    const empty = sessions.begin({ fileName: 'empty.txt', totalBytes: 0, maxWords: null, lenient: false });
    await expectStudioError(() => sessions.finish(empty), 'empty-file');
    expect(sessions.open).toBe(0);
    const bytes = binaryFile(VOCABULARY);
    const cut = sessions.begin({
      fileName: 'cut.bin',
      totalBytes: bytes.length,
      maxWords: null,
      lenient: false,
    });
    await sessions.append({ loadId: cut.loadId, bytes: bytes.slice(0, bytes.length - 5) });
    await expectStudioError(() => sessions.finish(cut), 'malformed-vectors');
    expect(sessions.open).toBe(0);
  });
});
