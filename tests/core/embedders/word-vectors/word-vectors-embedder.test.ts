import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WordVectorsEmbedder } from '../../../../src/core/embedders/word-vectors/word-vectors-embedder';
import { WordVectorParser } from '../../../../src/core/embedders/word-vectors/word-vector-parser';
import { StudioCore } from '../../../../src/core/studio-core';
import type { MapResult } from '../../../../src/shared/contract';
import { utf8 } from '../../support/encodings';
import { expectStudioError } from '../../support/expect-studio-error';
import { recordJobEvents } from '../../support/job-events';
import { MemorySampleSource } from '../../support/memory-sample-source';
import { binaryFile, temporaryFolder, textLines, VOCABULARY, writeVectorFile } from './vector-files';

const folder = temporaryFolder();

function createCore(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

function embedder(): WordVectorsEmbedder {
  const parser = new WordVectorParser({ fileName: 'animals.txt', maxWords: null, lenient: false });
  parser.push(utf8(textLines(VOCABULARY)));
  return new WordVectorsEmbedder('animals.txt', parser.finish().vectors);
}

async function mapWith(core: StudioCore, embedderId: string, csv: string): Promise<MapResult> {
  const events = recordJobEvents(core);
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(csv) });
  const { jobId } = await core.startMap({
    datasetId: preview.datasetId,
    textColumn: 'word',
    labelColumn: 'group',
    embedderId,
    method: 'pca',
    dims: 2,
    seed: 3,
  });
  const done = (await events.until(jobId)).find((event) => event.type === 'done');
  if (done?.type !== 'done') throw new Error(`the map job did not finish`);
  return done.result;
}

describe('WordVectorsEmbedder', () => {
  it('returns the vectors of known words and the indexes of the others', async () => {
    const result = await embedder().embed([' Cat ', 'жираф', 'кошка', 'КОШКА', 'tiger'], {
      signal: new AbortController().signal,
      seed: 1,
      onProgress: () => undefined,
    });
    expect(result.unembedded).toEqual([1, 4]);
    expect(result.vectors.rows).toBe(3);
    expect(Array.from(result.vectors.data)).toEqual([1, 0.5, -0.125, 1, 0.5, -0.25, 1, 0.5, -0.25]);
  });

  it('describes itself as vectors:<file name> with the file dimension', () => {
    expect(embedder().info).toMatchObject({ id: 'vectors:animals.txt', dimension: 3, needsDownload: false });
  });
});

describe('StudioCore.loadWordVectors', () => {
  it('loads a file as an embedder that maps known words and lists the unknown ones', async () => {
    const core = createCore();
    const bytes = readFileSync(writeVectorFile(folder, 'animals.bin', binaryFile(VOCABULARY)));
    const loaded = await core.loadWordVectors({
      fileName: 'animals.bin',
      bytes,
      maxWords: null,
      lenient: false,
    });
    expect(loaded).toMatchObject({ words: 5, dimension: 3, skippedLines: 0 });
    expect(loaded.embedder.id).toBe('vectors:animals.bin');
    expect((await core.listEmbedders({})).map((info) => info.id)).toEqual([
      'tfidf-svd',
      'vectors:animals.bin',
    ]);

    const csv = 'word,group\nкошка,pet\nжираф,wild\nсобака,pet\n\nDog,pet\nunicorn,myth\nёж,wild\n';
    const result = await mapWith(core, loaded.embedder.id, csv);
    expect(result.texts).toEqual(['кошка', 'собака', 'Dog', 'ёж']);
    expect(result.labels).toEqual(['pet', 'pet', 'pet', 'wild']);
    expect(result.unembedded).toEqual(['жираф', 'unicorn']);
    expect(result.count).toBe(4);
    expect(result.coords).toHaveLength(8);
    expect(result.embeddingDimension).toBe(3);
  });

  it('replaces the embedder when the same file is loaded again, honouring maxWords and lenient', async () => {
    const core = createCore();
    const text = `${textLines(VOCABULARY)}broken 1 2\n`;
    const error = await expectStudioError(
      () => core.loadWordVectors({ fileName: 'v.txt', bytes: utf8(text), maxWords: null, lenient: false }),
      'malformed-vectors',
    );
    expect(error.message).toBe('v.txt, line 6: expected 3 numbers after the word, found 2');
    const first = await core.loadWordVectors({
      fileName: 'v.txt',
      bytes: utf8(text),
      maxWords: null,
      lenient: true,
    });
    expect(first).toMatchObject({ words: 5, skippedLines: 1 });
    const second = await core.loadWordVectors({
      fileName: 'v.txt',
      bytes: utf8(text),
      maxWords: 2,
      lenient: false,
    });
    expect(second).toMatchObject({ words: 2, skippedLines: 0 });
    expect((await core.listEmbedders({})).map((info) => info.id)).toEqual(['tfidf-svd', 'vectors:v.txt']);
    expect((await core.listEmbedders({}))[1]?.description.en).toMatch(/2 words/);
  });

  it('fails a map with too few known words, naming the missing ones', async () => {
    const core = createCore();
    await core.loadWordVectors({
      fileName: 'v.txt',
      bytes: utf8(textLines(VOCABULARY)),
      maxWords: null,
      lenient: false,
    });
    const events = recordJobEvents(core);
    const preview = await core.openFile({
      fileName: 'w.csv',
      bytes: utf8('word,group\ncat,a\nlion,b\ntiger,b\n'),
    });
    const { jobId } = await core.startMap({
      datasetId: preview.datasetId,
      textColumn: 'word',
      labelColumn: null,
      embedderId: 'vectors:v.txt',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    const failed = (await events.until(jobId)).find((event) => event.type === 'failed');
    expect(failed).toMatchObject({ type: 'failed', error: { code: 'too-few-items' } });
    if (failed?.type === 'failed') expect(failed.error.message).toMatch(/Only 1 of 3 .*"lion", "tiger"/);
  });
});
