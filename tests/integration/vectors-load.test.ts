import { describe, expect, it } from 'vitest';
import { StudioCore } from '../../src/core/studio-core';
import { createRandom } from '../../src/core/math/random';
import {
  streamVectorsFile,
  VECTORS_CHUNK_BYTES,
  vectorsLoadFigures,
  type VectorsFile,
  type VectorsLoadClient,
  type VectorsLoadStep,
} from '../../src/renderer/src/state/vectors-load';
import { vectorsLoad } from '../../src/renderer/src/state/vectors-load-store';
import { StudioError } from '../../src/shared/errors';
import { expectStudioError } from '../core/support/expect-studio-error';
import { MemorySampleSource } from '../core/support/memory-sample-source';

const ALL_WORDS = { maxWords: null, lenient: false } as const;

/** A GloVe text of `words` seeded 50-d vectors (over 380 bytes a line). */
function gloveText(words: number): string {
  const random = createRandom(5);
  let text = '';
  for (let word = 0; word < words; word++) {
    text += `w${word} ${Array.from({ length: 50 }, () => (random.next() * 2 - 1).toFixed(5)).join(' ')}\n`;
  }
  return text;
}

/** 2.5 chunks of GloVe text, cut after a whole line: three appends, the last one short. */
const BIG_GLOVE = ((): Uint8Array<ArrayBuffer> => {
  const bytes = new TextEncoder().encode(gloveText(Math.ceil((VECTORS_CHUNK_BYTES * 2.5) / 380)));
  return bytes.slice(0, bytes.lastIndexOf(0x0a, VECTORS_CHUNK_BYTES * 2.5) + 1);
})();
const BIG_WORDS = BIG_GLOVE.reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 0);

/** A file as the renderer reads it, counting the slices read. */
function memoryFile(name: string, bytes: Uint8Array<ArrayBuffer>): VectorsFile & { slicesRead: number } {
  const blob = new Blob([bytes]);
  const file = {
    name,
    size: bytes.length,
    slicesRead: 0,
    slice: (start: number, end: number) => {
      file.slicesRead++;
      return blob.slice(start, end);
    },
  };
  return file;
}

function createCore(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

/** The real core, noting the load ids it hands out (to check afterwards that a load was freed). */
function recordingClient(
  core: StudioCore,
  loadIds: string[],
  onAppend?: () => void,
  onBegun?: () => void,
): VectorsLoadClient {
  return {
    beginVectorsLoad: async (input) => {
      const begun = await core.beginVectorsLoad(input);
      loadIds.push(begun.loadId);
      onBegun?.();
      return begun;
    },
    appendVectorsLoad: (input) => {
      const answer = core.appendVectorsLoad(input);
      onAppend?.();
      return answer;
    },
    finishVectorsLoad: (input) => core.finishVectorsLoad(input),
    abortVectorsLoad: (input) => core.abortVectorsLoad(input),
  };
}

async function embedderIds(core: StudioCore): Promise<string[]> {
  return (await core.listEmbedders({})).map((info) => info.id);
}

describe('streamVectorsFile', () => {
  it('sends the file in 8 MiB slices, reports each step and ends with the new embedder', async () => {
    const core = createCore();
    const file = memoryFile('big.txt', BIG_GLOVE);
    const steps: VectorsLoadStep[] = [];
    const loaded = await streamVectorsFile(
      recordingClient(core, []),
      file,
      ALL_WORDS,
      (step) => steps.push(step),
      new AbortController().signal,
    );
    expect(file.slicesRead).toBe(3);
    expect(steps.map((step) => step.bytesRead)).toEqual([
      VECTORS_CHUNK_BYTES,
      2 * VECTORS_CHUNK_BYTES,
      BIG_GLOVE.length,
    ]);
    expect(steps.every((step) => step.totalBytes === BIG_GLOVE.length)).toBe(true);
    const words = steps.map((step) => step.words);
    expect(words[0]).toBeGreaterThan(0);
    expect(words).toEqual([...words].sort((a, b) => a - b));
    expect(words[2]).toBe(BIG_WORDS); // the file ends with a newline: every line is complete
    expect(loaded).toMatchObject({ words: BIG_WORDS, dimension: 50, embedder: { id: 'vectors:big.txt' } });
    expect(await embedderIds(core)).toContain('vectors:big.txt');
  });

  it('cancelled after a step: rejects with cancelled, frees the load and keeps the embedders', async () => {
    const core = createCore();
    const before = await embedderIds(core);
    const loadIds: string[] = [];
    const controller = new AbortController();
    const file = memoryFile('big.txt', BIG_GLOVE);
    await expectStudioError(
      () =>
        streamVectorsFile(
          recordingClient(core, loadIds),
          file,
          ALL_WORDS,
          () => {
            controller.abort();
          },
          controller.signal,
        ),
      'cancelled',
    );
    expect(file.slicesRead).toBe(1);
    expect(await embedderIds(core)).toEqual(before);
    expect(await core.abortVectorsLoad({ loadId: loadIds[0] ?? '' })).toEqual({ aborted: false });
  });

  it('cancelled while a chunk is in flight: the core drops it unanswered and the next load works', async () => {
    const core = createCore();
    const loadIds: string[] = [];
    const controller = new AbortController();
    const client = recordingClient(core, loadIds, () => {
      controller.abort();
    });
    const steps: VectorsLoadStep[] = [];
    await expectStudioError(
      () =>
        streamVectorsFile(
          client,
          memoryFile('big.txt', BIG_GLOVE),
          ALL_WORDS,
          (step) => steps.push(step),
          controller.signal,
        ),
      'cancelled',
    );
    expect(steps).toEqual([]);
    expect(await core.abortVectorsLoad({ loadId: loadIds[0] ?? '' })).toEqual({ aborted: false });
    // The next load runs as if nothing had happened.
    const small = memoryFile('small.txt', new TextEncoder().encode(gloveText(10)));
    const loaded = await streamVectorsFile(
      client,
      small,
      ALL_WORDS,
      () => undefined,
      new AbortController().signal,
    );
    expect(loaded.words).toBe(10);
  });

  it('cancelled while the load is being begun: the core still drops it', async () => {
    const core = createCore();
    const loadIds: string[] = [];
    const controller = new AbortController();
    const client = recordingClient(core, loadIds, undefined, () => {
      controller.abort();
    });
    const file = memoryFile('big.txt', BIG_GLOVE);
    await expectStudioError(
      () => streamVectorsFile(client, file, ALL_WORDS, () => undefined, controller.signal),
      'cancelled',
    );
    expect(file.slicesRead).toBe(0);
    expect(await core.abortVectorsLoad({ loadId: loadIds[0] ?? '' })).toEqual({ aborted: false });
  });

  it('stops reading once the word limit is reached', async () => {
    const core = createCore();
    const file = memoryFile('big.txt', BIG_GLOVE);
    const loaded = await streamVectorsFile(
      recordingClient(core, []),
      file,
      { maxWords: 100, lenient: false },
      () => undefined,
      new AbortController().signal,
    );
    expect(file.slicesRead).toBe(1);
    expect(loaded.words).toBe(100);
  });

  it('passes a malformed line on with its number and leaves no load open', async () => {
    const core = createCore();
    const loadIds: string[] = [];
    const bytes = new TextEncoder().encode(`${gloveText(3)}bad 1 2\n`);
    const error = await expectStudioError(
      () =>
        streamVectorsFile(
          recordingClient(core, loadIds),
          memoryFile('bad.txt', bytes),
          ALL_WORDS,
          () => undefined,
          new AbortController().signal,
        ),
      'malformed-vectors',
    );
    expect(error.params).toMatchObject({ file: 'bad.txt', line: 4 });
    expect(await core.abortVectorsLoad({ loadId: loadIds[0] ?? '' })).toEqual({ aborted: false });
  });
});

describe('vectorsLoad store', () => {
  it('answers null for a cancelled load and goes back to idle', async () => {
    const core = createCore();
    const client = recordingClient(core, [], () => {
      vectorsLoad.cancel();
    });
    const views: string[] = [];
    const unsubscribe = vectorsLoad.subscribe(() => views.push(vectorsLoad.snapshot().kind));
    expect(await vectorsLoad.load(client, memoryFile('big.txt', BIG_GLOVE))).toBeNull();
    unsubscribe();
    expect(views[0]).toBe('reading');
    expect(vectorsLoad.snapshot()).toEqual({ kind: 'idle' });
    expect(await embedderIds(core)).not.toContain('vectors:big.txt');
  });

  it('rejects with the core error for a bad file', async () => {
    const bad = memoryFile('bad.txt', new TextEncoder().encode('cat 1 2\ndog 1\n'));
    await expect(vectorsLoad.load(recordingClient(createCore(), []), bad)).rejects.toBeInstanceOf(
      StudioError,
    );
    expect(vectorsLoad.snapshot()).toEqual({ kind: 'idle' });
  });
});

describe('vectorsLoadFigures', () => {
  it('gives MB read of the total, words and MB/s', () => {
    const MiB = 1024 * 1024;
    expect(
      vectorsLoadFigures({ bytesRead: 8 * MiB, totalBytes: 30 * MiB, words: 12_000, full: false }, 2),
    ).toEqual({
      readMb: '8',
      totalMb: '30',
      words: 12_000,
      mbPerSecond: '4.0',
      fraction: 8 / 30,
    });
    expect(vectorsLoadFigures({ bytesRead: 0, totalBytes: 0, words: 0, full: false }, 0)).toMatchObject({
      mbPerSecond: '0.0',
      fraction: 0,
    });
  });
});
