import { describe, expect, it } from 'vitest';
import { jobRateText, timeLeftText } from '../../../src/renderer/src/components/job-rate-text';
import { createTranslator } from '../../../src/renderer/src/i18n/translate';

const en = createTranslator('en');
const ru = createTranslator('ru');

describe('jobRateText', () => {
  it('reads "1,234 texts/s · about 2 min left" in English and Russian number formats', () => {
    expect(jobRateText({ ratePerSecond: 1234.4, etaMs: 125_000 }, en)).toBe(
      '1,234 texts/s · about 2 min left',
    );
    expect(jobRateText({ ratePerSecond: 1234.4, etaMs: 125_000 }, ru)).toBe(
      '1\u00a0234 текстов/с · осталось около 2 мин',
    );
  });

  it('shows a slow rate with one decimal, no time left while unknown, and nothing without a rate', () => {
    expect(jobRateText({ ratePerSecond: 0.44, etaMs: null }, en)).toBe('0.4 texts/s');
    expect(jobRateText({ ratePerSecond: null, etaMs: 5000 }, en)).toBe('');
  });
});

describe('timeLeftText', () => {
  it('rounds seconds up to 5 s, minutes to the nearest minute, and splits hours', () => {
    expect(timeLeftText(0, en)).toBe('about 5 s left');
    expect(timeLeftText(41_000, en)).toBe('about 45 s left');
    expect(timeLeftText(90_000, en)).toBe('about 2 min left');
    expect(timeLeftText(4_830_000, en)).toBe('about 1 h 21 min left');
    expect(timeLeftText(4_830_000, ru)).toBe('осталось около 1 ч 21 мин');
  });
});
