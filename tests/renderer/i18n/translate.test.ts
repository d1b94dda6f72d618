import { describe, expect, it } from 'vitest';
import { createTranslator, formatMessage, placeholdersOf } from '../../../src/renderer/src/i18n/translate';

describe('formatMessage', () => {
  it('fills placeholders and formats numbers for the language', () => {
    expect(formatMessage('Rows: {count} in {name}', { count: 12345, name: 'a.csv' }, 'en')).toBe(
      'Rows: 12,345 in a.csv',
    );
    expect(formatMessage('Строк: {count}', { count: 12345 }, 'ru')).toBe(
      `Строк: ${new Intl.NumberFormat('ru').format(12345)}`,
    );
  });

  it('leaves a missing placeholder visible', () => {
    expect(formatMessage('Line {line} of {file}', { file: 'x.tsv' }, 'en')).toBe('Line {line} of x.tsv');
  });

  it('does not treat substituted text as a template', () => {
    expect(formatMessage('{a} {b}', { a: '{b}', b: 'B' }, 'en')).toBe('{b} B');
  });
});

describe('placeholdersOf', () => {
  it('lists placeholder names in order', () => {
    expect(placeholdersOf('{done} of {total}')).toEqual(['done', 'total']);
    expect(placeholdersOf('none here')).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('speaks each language', () => {
    expect(createTranslator('en')('job.run')).toBe('Map it');
    expect(createTranslator('ru')('job.run')).toBe('Построить карту');
    expect(createTranslator('ru')('job.count', { done: 3, total: 10 })).toBe('3 из 10');
  });
});
