/**
 * Contextual token embeddings against sentence embeddings on the same texts, same model and same batches:
 * the token path runs the same forward passes and then finds the word's tokens and pools those only, so
 * its throughput should be close to the sentence path's (a ratio near 1); a ratio well below would mean the
 * word search or the per-text bookkeeping costs more than the model.
 */
import type { EmbedContext, PartialEmbedding } from '../../../src/core/embedders/embedder';
import { createRandom } from '../../../src/core/math/random';
import type { TransformerEmbedder } from '../../../src/node/embedders/transformer/transformer-embedder';

/** Three alternating rounds per path: enough for a stable best time, each round under a second here. */
const ROUNDS = 3;

/** The polysemous word every benchmark text contains once, at a random place. */
const WORD = 'замок';

/** `texts` with {@link WORD} inserted at a seeded random word position of each. */
export function withWord(texts: readonly string[], seed: number): string[] {
  const random = createRandom(seed);
  return texts.map((text) => {
    const words = text.split(' ');
    words.splice(Math.floor(random.next() * (words.length + 1)), 0, WORD);
    return words.join(' ');
  });
}

/** Times token and sentence embeddings of `texts` (each containing the word) and prints the ratio. */
export async function benchTokenThroughput(
  embedder: TransformerEmbedder,
  texts: readonly string[],
): Promise<void> {
  const context: EmbedContext = {
    signal: new AbortController().signal,
    seed: 1,
    onProgress: () => undefined,
  };
  await embedder.embed(texts.slice(0, 8), context); // Loads the session and warms it up; not timed.
  let sentenceSeconds = Infinity;
  let tokenSeconds = Infinity;
  let tokens: PartialEmbedding | undefined;
  // Alternating rounds, best of each: a busy machine slows whichever run it hits, not one path throughout.
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    await embedder.embed(texts, context);
    sentenceSeconds = Math.min(sentenceSeconds, (performance.now() - start) / 1000);
    start = performance.now();
    tokens = await embedder.embedTokens(texts, WORD, context);
    tokenSeconds = Math.min(tokenSeconds, (performance.now() - start) / 1000);
  }
  const rate = (seconds: number): string => (texts.length / seconds).toFixed(0);
  console.log(`contextual token vectors of «${WORD}», ${texts.length} texts (fp32, batches of 32)`);
  console.log(`  sentence vectors: ${sentenceSeconds.toFixed(2)} s, ${rate(sentenceSeconds)} items/s`);
  console.log(`  token vectors:    ${tokenSeconds.toFixed(2)} s, ${rate(tokenSeconds)} items/s`);
  console.log(
    `  token / sentence throughput: ${(sentenceSeconds / tokenSeconds).toFixed(2)}× ` +
      `(${tokens?.vectors.rows ?? 0} vectors, ${tokens?.unembedded.length ?? 0} texts without the word)`,
  );
}
