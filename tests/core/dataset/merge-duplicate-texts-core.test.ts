import { describe, expect, it } from 'vitest';
import { StudioCore } from '../../../src/core/studio-core';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { MemorySampleSource } from '../support/memory-sample-source';

const CSV =
  'text,topic\nкошка,animal\nсобака,animal\nкомпьютер,tech\n кошка,pet\nмонитор,tech\nкомпьютер,tech\n';

function createCore(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

describe('StudioCore.mergeDuplicateTexts', () => {
  it('opens the merged rows as a new data set and keeps the original open', async () => {
    const core = createCore();
    const original = await core.openFile({ fileName: 'words.csv', bytes: utf8(CSV) });
    expect(original.duplicateTexts).toBe(2);

    const merged = await core.mergeDuplicateTexts({ datasetId: original.datasetId, textColumn: 'text' });
    expect(merged.datasetId).not.toBe(original.datasetId);
    expect(merged.name).toBe('words.csv');
    expect(merged.rowCount).toBe(4);
    expect(merged.columns).toEqual(['text', 'topic', 'copies']);
    expect(merged.previewRows).toEqual([
      ['кошка', 'animal', '2'],
      ['собака', 'animal', '1'],
      ['компьютер', 'tech', '2'],
      ['монитор', 'tech', '1'],
    ]);
    expect(merged.duplicateTexts).toBe(0);

    // The original is still there: merging it again gives the same rows.
    const again = await core.mergeDuplicateTexts({ datasetId: original.datasetId, textColumn: 'text' });
    expect(again.previewRows).toEqual(merged.previewRows);
  });

  it('refuses an unknown data set, an unknown column and malformed input with specific errors', async () => {
    const core = createCore();
    const { datasetId } = await core.openFile({ fileName: 'words.csv', bytes: utf8(CSV) });
    await expectStudioError(
      () => core.mergeDuplicateTexts({ datasetId: 'dataset-nope', textColumn: 'text' }),
      'unknown-dataset',
    );
    const error = await expectStudioError(
      () => core.mergeDuplicateTexts({ datasetId, textColumn: 'sentence' }),
      'unknown-column',
    );
    expect(error.message).toContain('"sentence"');
    await expectStudioError(
      () => core.mergeDuplicateTexts({ datasetId, textColumn: '' }),
      'invalid-arguments',
    );
  });
});
