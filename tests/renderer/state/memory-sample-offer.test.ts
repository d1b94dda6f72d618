import { describe, expect, it } from 'vitest';
import type { MapRequest } from '../../../src/shared/contract';
import { offeredSampleRows, sampledRequest } from '../../../src/renderer/src/state/memory-sample-offer';
import { translateError } from '../../../src/renderer/src/i18n/translate-error';
import { CATALOGUES, formatMessage } from '../../../src/renderer/src/i18n/translate';

const REFUSAL = {
  code: 'insufficient-memory',
  message:
    'This umap map of 90000 rows × 384 dimensions needs about 2100 MB of memory, but only 900 MB are available.',
  params: { neededMb: 2100, availableMb: 900, suggestedRows: 31_250 },
} as const;

const REQUEST: MapRequest = {
  datasetId: 'dataset-x-1',
  textColumn: 'text',
  labelColumn: 'topic',
  embedderId: 'tfidf-svd',
  method: 'umap',
  dims: 3,
  seed: 11,
};

describe('the memory refusal’s sample offer', () => {
  it('offers the suggested rows of an insufficient-memory error, and nothing for other errors or no rows', () => {
    expect(offeredSampleRows(REFUSAL)).toBe(31_250);
    expect(offeredSampleRows({ ...REFUSAL, params: { ...REFUSAL.params, suggestedRows: 0 } })).toBeNull();
    expect(offeredSampleRows({ ...REFUSAL, params: {} })).toBeNull();
    expect(
      offeredSampleRows({ code: 'worker-crashed', message: 'x', params: { suggestedRows: 5 } }),
    ).toBeNull();
  });

  it('re-runs the same request on a seeded, unstratified sample of that size', () => {
    expect(sampledRequest(REQUEST, 31_250)).toEqual({
      ...REQUEST,
      sample: { size: 31_250, seed: 11, stratifyBy: null },
    });
  });

  it('reads the refusal and the button in English and Russian', () => {
    expect(translateError(REFUSAL, 'en').text).toMatch(/about 2.100 MB .* only 900 MB/);
    expect(translateError(REFUSAL, 'ru').text).toMatch(/около 2.100 МБ/);
    expect(formatMessage(CATALOGUES.en['faults.mapSample'], { rows: 31_250 }, 'en')).toMatch(
      /^Map a sample of 31.250 rows$/,
    );
    expect(formatMessage(CATALOGUES.ru['faults.mapSample'], { rows: 31_250 }, 'ru')).toMatch(
      /^Построить карту по выборке из 31.250 строк$/,
    );
  });
});
