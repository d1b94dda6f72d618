/** Limits on one batch: how many texts, and how much padded input they may add up to. */
export interface BatchLimits {
  /** Texts per batch. */
  readonly maxItems: number;
  /**
   * Padded characters per batch (items × longest item): a proxy for tokens that bounds the memory of one
   * forward pass, so a batch of long paragraphs shrinks instead of asking onnxruntime for gigabytes.
   */
  readonly maxPaddedChars: number;
}

/**
 * Splits texts into batches of indices, shortest first, so each batch holds texts of similar length and
 * padding (wasted compute) stays small. Character length stands in for token count: it is free, and the
 * order only needs to be roughly right. Ties keep input order, so the plan is deterministic.
 */
export function planLengthBatches(texts: readonly string[], limits: BatchLimits): number[][] {
  const order = texts.map((_, index) => index);
  const lengthOf = (index: number): number => texts[index]?.length ?? 0;
  order.sort((a, b) => lengthOf(a) - lengthOf(b) || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const index of order) {
    // Sorted ascending, so this item is the longest of the batch it would join.
    const padded = (current.length + 1) * Math.max(1, lengthOf(index));
    if (current.length > 0 && (current.length >= limits.maxItems || padded > limits.maxPaddedChars)) {
      batches.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
