/**
 * `npm run bench:word2vec`: our skip-gram against Debian's `fasttext skipgram` on the same planted-structure
 * corpus, with the same dimension, window, epochs, minimum count, negatives, sub-sampling (1e-3), starting
 * learning rate (0.025) and one thread (ours is single-threaded); fastText's sub-word n-grams are off
 * (-minn 0 -maxn 0) so both learn plain word vectors. Prints words/s of each (corpus words × epochs over the
 * wall time from text to vectors, reading included), their ratio, and the planted-topic precision@5 of both.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainWordEmbedder } from '../../../src/core/embedders/corpus/train-word-embedder';
import { parseWordVectors } from '../../../src/core/embedders/word-vectors/word-vector-parser';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import type { WordTrainingParams } from '../../../src/shared/contract';
import {
  chancePrecision,
  plantedCorpus,
  topicPrecisionAtK,
  type PlantedCorpusOptions,
} from '../../core/embedders/word2vec/planted-corpus';

/** 20 topics × 20 words and 100 fillers (500 words), 40,000 sentences: 320,000 tokens per epoch. */
const CORPUS: PlantedCorpusOptions = {
  topics: 20,
  wordsPerTopic: 20,
  sentences: 40_000,
  fillers: 100,
  seed: 11,
};
const PARAMS: WordTrainingParams = { dimension: 50, window: 5, epochs: 5, minCount: 2, negative: 5, seed: 1 };
const K = 5;

function hasFasttext(): boolean {
  if (spawnSync('fasttext', [], { encoding: 'utf8' }).error === undefined) return true;
  const install = spawnSync('apt-get', ['install', '-y', 'fasttext'], { encoding: 'utf8' });
  return install.status === 0 && spawnSync('fasttext', [], { encoding: 'utf8' }).error === undefined;
}

async function ours(lines: readonly string[]): Promise<{ ms: number; precision: number }> {
  const start = performance.now();
  const outcome = await trainWordEmbedder(
    { lines, params: PARAMS, origin: { name: 'bench', algorithm: 'skipgram', corpus: 'planted' } },
    uninterruptible(),
    () => undefined,
  );
  const ms = performance.now() - start;
  return { ms, precision: topicPrecisionAtK(outcome.embedder.vectors, plantedCorpus(CORPUS).topics, K) };
}

async function fasttext(file: string, dir: string): Promise<{ ms: number; precision: number }> {
  const output = join(dir, 'fasttext');
  const args = [
    'skipgram',
    '-input',
    file,
    '-output',
    output,
    '-dim',
    `${PARAMS.dimension}`,
    '-ws',
    `${PARAMS.window}`,
  ];
  args.push('-epoch', `${PARAMS.epochs}`, '-minCount', `${PARAMS.minCount}`, '-neg', `${PARAMS.negative}`);
  args.push('-thread', '1', '-minn', '0', '-maxn', '0', '-t', '0.001', '-lr', '0.025', '-verbose', '0');
  const start = performance.now();
  const run = spawnSync('fasttext', args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`fasttext failed: ${run.stderr}`);
  const parsed = await parseWordVectors(createReadStream(`${output}.vec`), {
    fileName: 'fasttext.vec',
    maxWords: null,
    lenient: true,
  });
  return { ms, precision: topicPrecisionAtK(parsed.vectors, plantedCorpus(CORPUS).topics, K) };
}

async function main(): Promise<void> {
  const { lines } = plantedCorpus(CORPUS);
  const words = lines.reduce((sum, line) => sum + line.split(' ').length, 0) * PARAMS.epochs;
  const rate = (ms: number): number => Math.round(words / (ms / 1000));
  console.log(
    `word2vec skip-gram: ${lines.length} sentences, ${words / PARAMS.epochs} words × ${PARAMS.epochs} epochs, ${PARAMS.dimension}-d, window ${PARAMS.window}, one thread`,
  );
  const mine = await ours(lines);
  console.log(
    `  ours      ${rate(mine.ms).toLocaleString('en-US')} words/s (${(mine.ms / 1000).toFixed(1)} s), precision@${K} ${mine.precision.toFixed(3)}`,
  );
  if (!hasFasttext()) {
    console.log(
      '  fasttext  skipped: the `fasttext` command is missing and `apt-get install -y fasttext` failed.',
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'es-bench-w2v-'));
  try {
    const file = join(dir, 'corpus.txt');
    writeFileSync(file, lines.join('\n') + '\n');
    const theirs = await fasttext(file, dir);
    console.log(
      `  fasttext  ${rate(theirs.ms).toLocaleString('en-US')} words/s (${(theirs.ms / 1000).toFixed(1)} s), precision@${K} ${theirs.precision.toFixed(3)}`,
    );
    console.log(
      `  ratio     ours / fasttext speed = ${(theirs.ms / mine.ms).toFixed(2)} (chance precision@${K} = ${chancePrecision(CORPUS).toFixed(3)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
