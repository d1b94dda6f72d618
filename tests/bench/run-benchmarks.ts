/**
 * `npm run bench`: our PCA against ml-pca (the library we would otherwise use) on the same seeded data in the
 * same process, a check that both find the same axes, and the tfidf-svd embedder's throughput.
 * Sizes keep the whole run under ~2 minutes on one core of the project machines.
 */
import { Matrix } from 'ml-matrix';
import { PCA } from 'ml-pca';
import { TfidfSvdEmbedder } from '../../src/core/embedders/tfidf-svd/tfidf-svd-embedder';
import { createRandom } from '../../src/core/math/random';
import { pca } from '../../src/core/reduce/pca';
import { columnCorrelation, gaussianClusters } from '../core/support/synthetic';

/** 20,000 × 384: the size of a large sentence-embedding data set (MiniLM vectors are 384-d). */
const PCA_ROWS = 20_000;
const PCA_COLS = 384;
/** 10 clusters give a spectrum with a clear top, like topics in real embeddings. */
const PCA_CLUSTERS = 10;
const COMPONENTS = 2;
/** Below this the two implementations would disagree about an axis, not just about rounding. */
const MIN_CORRELATION = 0.999;
const EMBED_SENTENCES = 5_000;
const SEED = 20240601;

async function time<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

function toRows(data: Float32Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, row) => Array.from(data.subarray(row * cols, (row + 1) * cols)));
}

async function benchPca(): Promise<boolean> {
  const data = gaussianClusters(PCA_ROWS, PCA_COLS, PCA_CLUSTERS, SEED);
  const ours = await time(() => pca(data, { components: COMPONENTS }));
  // ml-pca takes a Matrix; the conversion is not part of either timing.
  const matrix = new Matrix(toRows(data.data, PCA_ROWS, PCA_COLS));
  const peer = await time(() => new PCA(matrix).predict(matrix, { nComponents: COMPONENTS }));
  const peerCoords = Float64Array.from(peer.value.to1DArray());
  console.log(`PCA ${PCA_ROWS} × ${PCA_COLS} → ${COMPONENTS}`);
  console.log(`  ours:   ${ours.ms.toFixed(0)} ms`);
  console.log(`  ml-pca: ${peer.ms.toFixed(0)} ms`);
  console.log(`  speed-up: ${(peer.ms / ours.ms).toFixed(1)}×`);
  let agree = true;
  for (let c = 0; c < COMPONENTS; c++) {
    const r = Math.abs(columnCorrelation(ours.value.coordinates.data, peerCoords, COMPONENTS, c));
    console.log(
      `  component ${c + 1}: |correlation| = ${r.toFixed(6)} ${r >= MIN_CORRELATION ? 'ok' : 'MISMATCH'}`,
    );
    agree &&= r >= MIN_CORRELATION;
  }
  return agree;
}

/** Sentences from a seeded vocabulary in a handful of topics, so the SVD has structure to find. */
function sentences(count: number): string[] {
  const random = createRandom(SEED);
  const topics = Array.from({ length: 8 }, (_, t) =>
    Array.from({ length: 40 }, (_, w) => `topic${t}word${w}`),
  );
  const common = ['the', 'a', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'with'];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
  return Array.from({ length: count }, () => {
    const topic = pick(topics);
    return Array.from({ length: 12 }, () => (random.next() < 0.6 ? pick(topic) : pick(common))).join(' ');
  });
}

async function benchEmbedder(): Promise<void> {
  const texts = sentences(EMBED_SENTENCES);
  const embedder = new TfidfSvdEmbedder();
  const run = await time(() =>
    embedder.embed(texts, { signal: new AbortController().signal, seed: 1, onProgress: () => undefined }),
  );
  console.log(`tfidf-svd on ${EMBED_SENTENCES} sentences → ${run.value.cols} dimensions`);
  console.log(`  ${run.ms.toFixed(0)} ms, ${((EMBED_SENTENCES / run.ms) * 1000).toFixed(0)} items/s`);
}

const agree = await benchPca();
await benchEmbedder();
if (!agree) {
  console.error('Our PCA and ml-pca disagree.');
  process.exitCode = 1;
}
