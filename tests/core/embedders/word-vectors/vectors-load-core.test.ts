import { describe, expect, it } from 'vitest';
import { MAX_VECTORS_CHUNK_BYTES } from '../../../../src/shared/contract';
import { StudioCore } from '../../../../src/core/studio-core';
import { utf8 } from '../../support/encodings';
import { expectStudioError } from '../../support/expect-studio-error';
import { MemorySampleSource } from '../../support/memory-sample-source';
import { textLines, VOCABULARY } from './vector-files';

function createCore(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

describe('StudioCore streamed word-vector loads', () => {
  it('answers finishVectorsLoad exactly as loadWordVectors and lists the embedder', async () => {
    const bytes = utf8(textLines(VOCABULARY));
    const oneShot = await createCore().loadWordVectors({
      fileName: 'animals.txt',
      bytes,
      maxWords: null,
      lenient: false,
    });
    const core = createCore();
    const before = (await core.listEmbedders({})).map((info) => info.id);
    const { loadId } = await core.beginVectorsLoad({
      fileName: 'animals.txt',
      totalBytes: bytes.length,
      maxWords: null,
      lenient: false,
    });
    await core.appendVectorsLoad({ loadId, bytes: bytes.slice(0, 20) });
    expect(await core.appendVectorsLoad({ loadId, bytes: bytes.slice(20) })).toEqual({
      bytesRead: bytes.length,
      words: 5,
      full: false,
    });
    expect(await core.finishVectorsLoad({ loadId })).toEqual(oneShot);
    expect((await core.listEmbedders({})).map((info) => info.id)).toEqual([...before, 'vectors:animals.txt']);
  });

  it('validates its input: an oversized chunk, an unknown id and a bad word limit are refused', async () => {
    const core = createCore();
    const { loadId } = await core.beginVectorsLoad({
      fileName: 'a.txt',
      totalBytes: 1,
      maxWords: null,
      lenient: false,
    });
    await expectStudioError(
      () => core.appendVectorsLoad({ loadId, bytes: new Uint8Array(MAX_VECTORS_CHUNK_BYTES + 1) }),
      'invalid-arguments',
    );
    await expectStudioError(() => core.finishVectorsLoad({ loadId: 'nope' }), 'invalid-arguments');
    await expectStudioError(
      () => core.beginVectorsLoad({ fileName: 'a.txt', totalBytes: 1, maxWords: 0, lenient: false }),
      'invalid-arguments',
    );
    expect(await core.abortVectorsLoad({ loadId })).toEqual({ aborted: true });
  });
});
