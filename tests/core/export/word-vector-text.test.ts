import { describe, expect, it } from 'vitest';
import { readNpy } from '../../../src/core/dataset/npy-file';
import { wordOfText, writeWordVectorText } from '../../../src/core/export/word-vector-text';
import { parseWordVectors, sliceBytes } from '../../../src/core/embedders/word-vectors/word-vector-parser';
import { bareCore, mapOf } from '../support/map-runner';

const READ = { fileName: 'export.vec', maxWords: null, lenient: false } as const;

/** Reads word2vec text bytes back through the app's own word-vector reader. */
async function readBack(
  bytes: Uint8Array,
): Promise<{ words: readonly string[]; data: Float32Array; dimension: number; format: string }> {
  const parsed = await parseWordVectors(sliceBytes(bytes, 97), READ);
  return {
    words: parsed.vectors.words,
    data: parsed.vectors.data,
    dimension: parsed.vectors.dimension,
    format: parsed.format,
  };
}

describe('wordOfText', () => {
  it('joins whitespace runs with one underscore and never writes an empty word', () => {
    expect(wordOfText('New York')).toBe('New_York');
    expect(wordOfText('  кошка \t и\nсобака ')).toBe('кошка_и_собака');
    expect(wordOfText('   ')).toBe('_');
    expect(wordOfText('мышь')).toBe('мышь');
  });
});

describe('writeWordVectorText', () => {
  it('writes the N D header and reads back to exactly the same float32 values', async () => {
    // Values that have no short decimal form: each needs all nine significant digits to come back.
    const dimension = 5;
    const words = ['кошка', 'собака', 'мышь', 'компьютер'];
    const data = Float32Array.from({ length: words.length * dimension }, (_, i) =>
      Math.fround(Math.sin(i * 1.37 + 0.1) * 10 ** ((i % 7) - 3)),
    );
    const bytes = writeWordVectorText(words, data, dimension);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n')[0]).toBe('4 5');
    expect(text.split('\n')[2]?.startsWith('собака ')).toBe(true);
    const back = await readBack(bytes);
    expect(back.format).toBe('vec');
    expect(back.words).toEqual(words);
    expect(back.dimension).toBe(dimension);
    expect(Array.from(back.data)).toEqual(Array.from(data));
  });
});

describe('exportEmbeddings as word2vec', () => {
  it('gives the map texts as words (spaces as underscores) and the same vectors as the .npy export', async () => {
    const core = bareCore();
    const csv =
      'text,topic\nкошка,animals\nсобака,animals\nмышь,animals\nкомпьютер,tech\nклавиатура,tech\n' +
      'монитор,tech\nNew York,city\nSaint Petersburg,city\n';
    const preview = await core.openFile({ fileName: 'words.csv', bytes: new TextEncoder().encode(csv) });
    const result = await mapOf(core, {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 7,
    });
    const npy = readNpy('e.npy', (await core.exportEmbeddings({ mapId: result.mapId, indices: null })).bytes);
    const vec = await core.exportEmbeddings({ mapId: result.mapId, indices: null, format: 'word2vec' });
    const back = await readBack(vec.bytes);
    expect(back.words).toEqual(result.texts.map((text) => text.replace(/ /g, '_')));
    expect(back.words).toContain('New_York');
    expect(back.dimension).toBe(npy.cols);
    expect(Array.from(back.data)).toEqual(Array.from(npy.data));

    const picked = await core.exportEmbeddings({ mapId: result.mapId, indices: [6, 0], format: 'word2vec' });
    const pickedBack = await readBack(picked.bytes);
    expect(pickedBack.words).toEqual([result.texts[6]?.replace(/ /g, '_'), result.texts[0]]);
    expect(Array.from(pickedBack.data)).toEqual([
      ...npy.data.subarray(6 * npy.cols, 7 * npy.cols),
      ...npy.data.subarray(0, npy.cols),
    ]);
  });
});
