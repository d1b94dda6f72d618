import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { once } from 'node:events';
import { StudioError } from '../shared/errors';
import { fileCorpusLines } from '../core/embedders/corpus/corpus-lines';
import { trainWordEmbedder } from '../core/embedders/corpus/train-word-embedder';
import type { WordVectors } from '../core/embedders/word-vectors/word-vectors';
import { uninterruptible } from '../core/jobs/cooperation';
import type { TrainOptions } from './train-options';

/** Six significant digits: float32 carries about seven, and the file stays about half the size. */
const DIGITS = 6;

async function readCorpus(path: string): Promise<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) throw new Error('it is a folder');
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new StudioError('unsupported-format', `Cannot read --corpus "${path}": ${reason}.`, { file: path });
  }
}

/** Writes vectors as word2vec text: `count dimension`, then `word v1 … vd` per line. */
async function writeVec(path: string, vectors: WordVectors): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]) => {
    throw new Error(`Cannot write --out "${path}": ${(error as Error).message}`);
  });
  const write = async (): Promise<void> => {
    out.write(`${vectors.rows} ${vectors.dimension}\n`);
    for (let row = 0; row < vectors.rows; row++) {
      const values = Array.from(vectors.vector(row), (value) => Number(value.toPrecision(DIGITS)));
      if (!out.write(`${vectors.words[row] ?? ''} ${values.join(' ')}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  };
  await Promise.race([write(), failed]);
}

/**
 * Runs `embedding-studio train`: reads and decodes the corpus, trains (progress on stderr, about every 10%),
 * and writes the vectors in word2vec text format.
 */
export async function runTrainCommand(options: TrainOptions, stderr: NodeJS.WritableStream): Promise<void> {
  const fileName = basename(options.corpus);
  const { lines } = fileCorpusLines(fileName, await readCorpus(options.corpus));
  let nextReport = 0.1;
  const outcome = await trainWordEmbedder(
    {
      lines,
      params: options.params,
      origin: { name: fileName, algorithm: options.algorithm, corpus: fileName },
    },
    uninterruptible(),
    (_stage, fraction, _counts, measures) => {
      if (fraction < nextReport) return;
      nextReport = Math.floor(fraction * 10 + 1) / 10;
      const rate =
        measures?.ratePerSecond === undefined ? '' : `, ${Math.round(measures.ratePerSecond)} words/s`;
      const loss = measures?.loss === undefined ? '' : `, loss ${measures.loss.toFixed(4)}`;
      stderr.write(`Training ${options.algorithm}: ${Math.round(fraction * 100)}%${rate}${loss}\n`);
    },
  );
  await writeVec(options.out, outcome.embedder.vectors);
  const loss = outcome.finalLoss === null ? '' : `, final loss ${outcome.finalLoss.toFixed(4)}`;
  stderr.write(
    `Wrote ${outcome.vocabulary} words × ${outcome.embedder.vectors.dimension} to ${options.out} ` +
      `(${outcome.tokens} tokens per epoch${loss}).\n`,
  );
}
