import type { Pooling } from '../../models/model-folder';
import type { TokenSpan } from './token-span';
import type { EncodedBatch } from './transformers-adapter';

/**
 * Pools each text's token vectors into one sentence vector and writes it into `out` at `rowOf(i)`:
 * `mean` averages the real tokens (padding excluded via the attention mask, as sentence-transformers does),
 * `cls` takes the first token. With `normalize`, each row is scaled to unit length (zero rows stay zero).
 */
export function poolInto(
  encoded: EncodedBatch,
  pooling: Pooling,
  normalize: boolean,
  out: Float32Array,
  rowOf: (index: number) => number,
): void {
  const { hidden, mask, batch, tokens, width } = encoded;
  // Sums in float64: a few hundred float32 additions would otherwise lose low bits that a padded and an
  // unpadded run of the same text would lose differently.
  const sum = new Float64Array(width);
  for (let b = 0; b < batch; b++) {
    sum.fill(0);
    let count = 0;
    const lastToken = pooling === 'cls' ? 1 : tokens;
    for (let t = 0; t < lastToken; t++) {
      if (pooling === 'mean' && mask[b * tokens + t] === 0) continue;
      const base = (b * tokens + t) * width;
      for (let c = 0; c < width; c++) sum[c] = (sum[c] ?? 0) + (hidden[base + c] ?? 0);
      count++;
    }
    writeRow(sum, Math.max(count, 1), normalize, out, rowOf(b) * width);
  }
}

/**
 * Mean-pools one text's tokens `[span.start, span.end)` (a word's sub-word pieces) into `out` at `offset`,
 * normalised like the sentence vectors when `normalize` is set: the contextual vector of that word.
 */
export function poolSpanInto(
  encoded: EncodedBatch,
  row: number,
  span: TokenSpan,
  normalize: boolean,
  out: Float32Array,
  offset: number,
): void {
  const { hidden, tokens, width } = encoded;
  const sum = new Float64Array(width);
  for (let t = span.start; t < span.end; t++) {
    const base = (row * tokens + t) * width;
    for (let c = 0; c < width; c++) sum[c] = (sum[c] ?? 0) + (hidden[base + c] ?? 0);
  }
  writeRow(sum, Math.max(span.end - span.start, 1), normalize, out, offset);
}

function writeRow(
  sum: Float64Array,
  count: number,
  normalize: boolean,
  out: Float32Array,
  offset: number,
): void {
  let squares = 0;
  for (const value of sum) squares += (value / count) ** 2;
  const scale = normalize && squares > 0 ? 1 / (count * Math.sqrt(squares)) : 1 / count;
  for (let c = 0; c < sum.length; c++) out[offset + c] = (sum[c] ?? 0) * scale;
}
