import { describe, expect, it } from 'vitest';
import type { DatasetPreview } from '../../../src/shared/contract';
import { duplicateTextsOffer } from '../../../src/renderer/src/state/duplicate-texts-offer';

/** A preview as the core sends it for a file whose `text` column repeats `duplicateTexts` texts. */
function preview(duplicateTexts: number | undefined): DatasetPreview {
  return {
    datasetId: 'dataset-test-1',
    name: 'words.csv',
    format: 'csv',
    columns: ['text', 'topic'],
    rowCount: 5,
    previewRows: [
      ['кошка', 'a'],
      ['собака', 'a'],
      ['кошка ', 'b'],
    ],
    suggestedTextColumn: 'text',
    suggestedLabelColumn: 'topic',
    ...(duplicateTexts === undefined ? {} : { duplicateTexts }),
  };
}

describe('duplicateTextsOffer', () => {
  it('offers the number of repeated texts for the suggested text column', () => {
    expect(duplicateTextsOffer(preview(2), 'text')).toBe(2);
  });

  it('offers nothing without repeats, without a count, or without a data set', () => {
    expect(duplicateTextsOffer(preview(0), 'text')).toBeNull();
    expect(duplicateTextsOffer(preview(undefined), 'text')).toBeNull();
    expect(duplicateTextsOffer(null, 'text')).toBeNull();
  });

  it('offers nothing for another text column, whose repeats the count does not describe', () => {
    expect(duplicateTextsOffer(preview(2), 'topic')).toBeNull();
  });
});
