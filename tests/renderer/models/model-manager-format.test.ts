import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatLanguages,
  formatRate,
  formatTimeLeft,
  transferPercent,
} from '../../../src/renderer/src/components/model-manager-format';

/** Intl may put a non-breaking space where we write a plain one; compare with ordinary spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes', () => {
  it('picks the unit and keeps one decimal below ten units, in English', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(65 * 1024, 'en')).toBe('65 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(118 * 1024 * 1024, 'en')).toBe('118 MB');
    expect(formatBytes(2.25 * 1024 ** 3, 'en')).toBe('2.3 GB');
  });

  it('writes Russian units with a decimal comma', () => {
    expect(formatBytes(512, 'ru')).toBe('512 Б');
    expect(formatBytes(1.5 * 1024 * 1024, 'ru')).toBe('1,5 МБ');
    expect(formatBytes(65 * 1024, 'ru')).toBe('65 КБ');
    expect(formatBytes(3 * 1024 ** 3, 'ru')).toBe('3 ГБ');
  });

  it('never shows a negative size', () => {
    expect(formatBytes(-5, 'en')).toBe('0 B');
  });
});

describe('formatRate', () => {
  it('is a size per second in both languages', () => {
    expect(formatRate(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB/s');
    expect(formatRate(2.5 * 1024 * 1024, 'ru')).toBe('2,5 МБ/с');
  });
});

describe('formatTimeLeft', () => {
  it('counts seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatTimeLeft(45_000, 'en')).toBe('45 s');
    expect(formatTimeLeft(185_000, 'en')).toBe('3 min 05 s');
    expect(formatTimeLeft(4_800_000, 'en')).toBe('1 h 20 min');
    expect(formatTimeLeft(45_000, 'ru')).toBe('45 с');
    expect(formatTimeLeft(185_000, 'ru')).toBe('3 мин 05 с');
    expect(formatTimeLeft(4_800_000, 'ru')).toBe('1 ч 20 мин');
  });

  it('rounds up, so bytes still to come never read as "0 s"', () => {
    expect(formatTimeLeft(10, 'en')).toBe('1 s');
    expect(formatTimeLeft(0, 'en')).toBe('0 s');
    expect(formatTimeLeft(-1, 'en')).toBe('0 s');
  });
});

describe('transferPercent', () => {
  it('is an integer in [0, 100], and 0 while the total is unknown', () => {
    expect(transferPercent(0, null)).toBe(0);
    expect(transferPercent(5, 0)).toBe(0);
    expect(transferPercent(1, 3)).toBe(33);
    expect(transferPercent(10, 5)).toBe(100);
  });
});

describe('formatLanguages', () => {
  it('names languages in the UI language', () => {
    expect(plain(formatLanguages(['en', 'ru'], 'en'))).toBe('English, Russian');
    expect(plain(formatLanguages(['en', 'ru'], 'ru'))).toBe('английский, русский');
  });

  it('says "many languages" for a language-agnostic model and shortens long lists', () => {
    expect(formatLanguages(['*'], 'en')).toBe('many languages');
    expect(formatLanguages([], 'ru')).toBe('много языков');
    expect(formatLanguages(['en', 'ru', 'de', 'fr', 'es', 'it'], 'en')).toBe(
      'English, Russian, German, French and 2 more',
    );
  });

  it('shows a malformed code as it is instead of failing', () => {
    expect(formatLanguages(['not a tag!'], 'en')).toBe('not a tag!');
  });
});
