/**
 * `npm run bench:vectors`: loading word-vector files with our streaming parser against a plain baseline
 * (readFile + split on newlines and spaces + parseFloat into number arrays) measured in the same run, on
 * the shared GloVe file (when present) and on a generated ~200 MB GloVe-format file; then the time of an
 * exact nearest-neighbour query on 400,000 × 300 vectors, the size of the common GloVe downloads.
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseWordVectors } from '../../../src/core/embedders/word-vectors/word-vector-parser';
import { WordVectors } from '../../../src/core/embedders/word-vectors/word-vectors';
import { createRandom } from '../../../src/core/math/random';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const GLOVE = resolve(ROOT, '..', 'shared', 'data', 'glove-twitter-25d-11925w.txt');
/** 300-d, 70,000 words, values printed with 6 decimals (as GloVe does): about 200 MB of text. */
const SYNTHETIC_WORDS = 70_000;
const SYNTHETIC_DIMENSION = 300;
/** The size of glove.6B / fastText wiki-news downloads: 400,000 words of 300 numbers. */
const QUERY_ROWS = 400_000;
const QUERY_DIMENSION = 300;
const QUERIES = 5;
/** Each loader runs this many times, interleaved; the best run counts (the machines are shared). */
const RUNS = 2;
const SEED = 20240601;
const MB = 1e6;

async function time<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** The baseline: the file read whole as a string, split into lines and fields, parsed with parseFloat. */
async function baselineLoad(path: string): Promise<number> {
  const text = await readFile(path, 'utf8');
  const words = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const fields = line.split(' ');
    const word = fields[0] ?? '';
    if (!words.has(word)) words.set(word, fields.slice(1).map(Number.parseFloat));
  }
  return words.size;
}

async function streamingLoad(path: string): Promise<number> {
  const parsed = await parseWordVectors(createReadStream(path, { highWaterMark: 4 << 20 }), {
    fileName: basename(path),
    maxWords: null,
    lenient: false,
  });
  return parsed.vectors.rows;
}

async function compareLoaders(label: string, path: string): Promise<number> {
  const megabytes = statSync(path).size / MB;
  let ours = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  let words = 0;
  for (let run = 0; run < RUNS; run++) {
    const streamed = await time(() => streamingLoad(path));
    const plain = await time(() => baselineLoad(path));
    if (streamed.value !== plain.value)
      throw new Error(`word counts differ: ${streamed.value} vs ${plain.value}`);
    words = streamed.value;
    ours = Math.min(ours, streamed.ms);
    baseline = Math.min(baseline, plain.ms);
  }
  const rate = (ms: number): string => `${((megabytes * 1000) / ms).toFixed(1)} MB/s`;
  console.log(
    `Loading ${label}: ${megabytes.toFixed(1)} MB, ${words.toLocaleString('en-US')} words (best of ${RUNS})`,
  );
  console.log(`  streaming parser:                  ${ours.toFixed(0)} ms, ${rate(ours)}`);
  console.log(`  readFile + split + parseFloat:     ${baseline.toFixed(0)} ms, ${rate(baseline)}`);
  console.log(`  speed-up: ${(baseline / ours).toFixed(2)}×`);
  return baseline / ours;
}

/** Writes a GloVe-format file of seeded Gaussian vectors, streamed so the generator stays small too. */
async function writeSyntheticGlove(path: string): Promise<void> {
  const random = createRandom(SEED);
  const out = createWriteStream(path);
  for (let word = 0; word < SYNTHETIC_WORDS; word++) {
    const values = Array.from({ length: SYNTHETIC_DIMENSION }, () =>
      (random.nextGaussian() * 0.4).toFixed(6),
    );
    const line = `${word % 7 === 0 ? 'слово' : 'word'}${word} ${values.join(' ')}\n`;
    if (!out.write(line))
      await new Promise<void>((resolve) =>
        out.once('drain', () => {
          resolve();
        }),
      );
  }
  await new Promise<void>((resolve, reject) => {
    out.end(resolve);
    out.once('error', reject);
  });
}

function benchQueries(): void {
  const random = createRandom(SEED);
  const data = new Float32Array(QUERY_ROWS * QUERY_DIMENSION);
  for (let i = 0; i < data.length; i++) data[i] = random.nextGaussian();
  const words = Array.from({ length: QUERY_ROWS }, (_, row) => `w${row}`);
  const built = performance.now();
  const vectors = new WordVectors(
    words,
    data,
    QUERY_DIMENSION,
    new Map(words.map((word, row) => [word, row])),
  );
  const normsMs = performance.now() - built;
  console.log(
    `Nearest neighbours, exact, ${QUERY_ROWS.toLocaleString('en-US')} × ${QUERY_DIMENSION}, k = 10`,
  );
  console.log(`  row norms (once, at load): ${normsMs.toFixed(0)} ms`);
  for (const metric of ['cosine', 'euclidean'] as const) {
    const times: number[] = [];
    for (let query = 0; query < QUERIES; query++) {
      const start = performance.now();
      vectors.nearestToWord(query * 997, { k: 10, metric });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `  ${metric}: median ${median.toFixed(0)} ms per query (min ${(times[0] ?? 0).toFixed(0)} ms)`,
    );
  }
}

async function main(): Promise<void> {
  if (existsSync(GLOVE)) await compareLoaders('GloVe Twitter 25-d (shared data)', GLOVE);
  else console.log(`Skipping the GloVe file: ${GLOVE} is absent (see shared/data/README.md).`);
  const folder = mkdtempSync(join(tmpdir(), 'es-bench-vectors-'));
  try {
    const path = join(folder, 'synthetic-300d.txt');
    const written = await time(() => writeSyntheticGlove(path));
    console.log(
      `(generated ${(statSync(path).size / MB).toFixed(0)} MB of synthetic GloVe in ${written.ms.toFixed(0)} ms)`,
    );
    await compareLoaders(
      `synthetic GloVe ${SYNTHETIC_WORDS.toLocaleString('en-US')} × ${SYNTHETIC_DIMENSION}`,
      path,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  benchQueries();
}

await main();
