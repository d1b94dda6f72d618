import { loadWordVectors } from './load-word-vectors';
import type { NeighborsOptions } from './neighbors-options';

/**
 * Runs `embedding-studio neighbors`: streams the vector file through the parser (never reading it whole),
 * looks the word up and prints its nearest words as `word<TAB>score`, one per line.
 */
export async function runNeighborsCommand(
  options: NeighborsOptions,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<void> {
  const { vectors, fileName } = await loadWordVectors(options, stderr);
  const row = vectors.find(options.word);
  if (row === undefined) {
    const count = vectors.rows.toLocaleString('en-US');
    throw new Error(`"${options.word.trim()}" is not in the vocabulary of ${count} words of ${fileName}.`);
  }
  const neighbors = vectors.nearestToWord(row, { k: options.k, metric: options.metric });
  stdout.write(neighbors.map((neighbor) => `${neighbor.word}\t${neighbor.score.toFixed(4)}\n`).join(''));
}
