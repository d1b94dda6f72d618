import { existsSync, readFileSync } from 'node:fs';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { gaussianClusters } from '../../core/support/synthetic';

/** The real vectors, relative to the repository root; optional, the benchmark skips them when absent. */
export const GLOVE_PATH = '../shared/data/glove-twitter-25d-11925w.txt';
/** 384 dimensions, as MiniLM sentence embeddings; 10 clusters, as topics. */
export const SYNTHETIC_COLS = 384;
const SYNTHETIC_CLUSTERS = 10;
const SEED = 20240601;

/** A benchmark data set: `synthetic-<rows>` or `glove`. */
export function loadBenchData(name: string): EmbeddingMatrix {
  if (name === 'glove') return readGlove(GLOVE_PATH);
  const rows = Number(name.replace('synthetic-', ''));
  return gaussianClusters(rows, SYNTHETIC_COLS, SYNTHETIC_CLUSTERS, SEED);
}

export function gloveAvailable(): boolean {
  return existsSync(GLOVE_PATH);
}

/** GloVe text format: a word, then its vector, separated by spaces; one word per line. */
function readGlove(path: string): EmbeddingMatrix {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const cols = (lines[0]?.trim().split(' ').length ?? 1) - 1;
  const data = new Float32Array(lines.length * cols);
  lines.forEach((line, row) => {
    const parts = line.trim().split(' ');
    for (let c = 0; c < cols; c++) data[row * cols + c] = Number(parts[c + 1]);
  });
  return toEmbeddingMatrix(data, lines.length, cols);
}
