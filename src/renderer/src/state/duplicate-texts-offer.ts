import type { DatasetPreview } from '../../../shared/contract';

/**
 * How many rows repeat an earlier row's text, to offer merging them; null when there is nothing to offer.
 * The core counts duplicates in the suggested text column only, so with another text column chosen the count
 * would describe the wrong column: no offer then, rather than a wrong number.
 */
export function duplicateTextsOffer(preview: DatasetPreview | null, textColumn: string): number | null {
  if (preview === null) return null;
  const count = preview.duplicateTexts ?? 0;
  if (count <= 0 || textColumn !== preview.suggestedTextColumn) return null;
  return count;
}
