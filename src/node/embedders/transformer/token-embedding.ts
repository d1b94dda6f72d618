import type { EmbedContext, PartialEmbedding } from '../../../core/embedders/embedder';
import { toEmbeddingMatrix } from '../../../core/math/matrix-types';
import { StudioError } from '../../../shared/errors';
import { planLengthBatches, type BatchLimits } from './length-batches';
import { poolSpanInto } from './pooling';
import { throwIfCancelled } from './throw-if-cancelled';
import { findTokenSpan } from './token-span';
import type { EncodedBatch, LoadedEncoder } from './transformers-adapter';
import { wholeWordTest, wordSpellings } from './word-occurrence';

/** How the loaded model is run for contextual token vectors (the same settings as its sentence vectors). */
export interface TokenEmbeddingSettings {
  readonly encoder: LoadedEncoder;
  readonly maxTokens: number;
  readonly width: number;
  readonly limits: BatchLimits;
  /** Put before every text (e5's `query: `); the word is never looked for among its tokens. */
  readonly prefix: string;
  readonly normalize: boolean;
  /** Called with every batch's output before it is used: checks its shape and counts forward passes. */
  readonly onBatch: (encoded: EncodedBatch) => void;
}

/** The word's spellings as distinct, non-empty token-id sequences. */
function spellingIds(encoder: LoadedEncoder, word: string): number[][] {
  const unique = new Map<string, number[]>();
  for (const spelling of wordSpellings(word)) {
    const ids = encoder.tokenIds(spelling);
    if (ids.length > 0) unique.set(ids.join(','), ids);
  }
  if (unique.size === 0) {
    throw new StudioError(
      'invalid-arguments',
      `The model's tokenizer reads "${word}" as no tokens at all, so it has no vector to give; choose another word.`,
      { call: 'startMap', field: 'source', word },
    );
  }
  return [...unique.values()];
}

/** Real (unpadded) tokens of row `row`. */
function realTokens(encoded: EncodedBatch, row: number): number {
  let count = 0;
  for (let t = 0; t < encoded.tokens; t++) count += encoded.mask[row * encoded.tokens + t] ?? 0;
  return count;
}

/**
 * Contextual vectors of `word`: each text that contains it (whole word, any case) runs through the model,
 * and the hidden states of the word's sub-word tokens at its first occurrence are mean-pooled into that
 * text's vector. Texts without the word (or where truncation cut it off) are `unembedded`, never dropped.
 */
export async function embedWordInContext(
  settings: TokenEmbeddingSettings,
  texts: readonly string[],
  word: string,
  context: EmbedContext,
): Promise<PartialEmbedding> {
  const { encoder, width } = settings;
  const variants = spellingIds(encoder, word);
  const containsWord = wholeWordTest(word);
  const candidates = texts.flatMap((text, index) => (containsWord(text) ? [index] : []));
  // Tokens before this position belong to [CLS] or the prefix, whatever the prefix says.
  const firstTextToken = settings.prefix === '' ? 0 : encoder.tokenIds(settings.prefix).length;
  const pooled = new Float32Array(candidates.length * width);
  const found = new Uint8Array(candidates.length);
  const candidateTexts = candidates.map((index) => texts[index] ?? '');
  let done = 0;
  for (const batch of planLengthBatches(candidateTexts, settings.limits)) {
    throwIfCancelled(context.signal);
    const encoded = await encoder.encode(
      batch.map((slot) => settings.prefix + (candidateTexts[slot] ?? '')),
      settings.maxTokens,
    );
    settings.onBatch(encoded);
    batch.forEach((slot, row) => {
      const ids = encoded.ids.subarray(row * encoded.tokens, (row + 1) * encoded.tokens);
      const span = findTokenSpan(ids, firstTextToken, realTokens(encoded, row), variants, (id) =>
        encoder.isContinuation(id),
      );
      if (span === null) return;
      poolSpanInto(encoded, row, span, settings.normalize, pooled, slot * width);
      found[slot] = 1;
    });
    done += batch.length;
    context.onProgress(done / Math.max(candidates.length, 1));
  }
  throwIfCancelled(context.signal);
  return assemble(texts.length, candidates, found, pooled, width);
}

/** The found vectors in text order, and every other text's index as unembedded (ascending). */
function assemble(
  textCount: number,
  candidates: readonly number[],
  found: Uint8Array,
  pooled: Float32Array,
  width: number,
): PartialEmbedding {
  const rowOfText = new Map<number, number>();
  candidates.forEach((index, slot) => {
    if (found[slot] === 1) rowOfText.set(index, slot);
  });
  const vectors = new Float32Array(rowOfText.size * width);
  const unembedded: number[] = [];
  let row = 0;
  for (let index = 0; index < textCount; index++) {
    const slot = rowOfText.get(index);
    if (slot === undefined) {
      unembedded.push(index);
      continue;
    }
    vectors.set(pooled.subarray(slot * width, (slot + 1) * width), row * width);
    row++;
  }
  return { vectors: toEmbeddingMatrix(vectors, row, width), unembedded };
}
