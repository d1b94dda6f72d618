import { describe, expect, it } from 'vitest';
import { translateError } from '../../../src/renderer/src/i18n/translate-error';

describe('translateError', () => {
  it('translates by code with the error params', () => {
    const error = {
      code: 'malformed-table',
      message: 'data.csv line 7: expected 3 fields but found 4.',
      params: { file: 'data.csv', line: 7 },
    } as const;
    expect(translateError(error, 'ru')).toEqual({
      text: 'В файле data.csv ошибка в строке 7.',
      details: 'data.csv line 7: expected 3 fields but found 4.',
    });
    expect(translateError(error, 'en').text).toBe('The file data.csv has a problem on line 7.');
  });

  it('falls back to the English message when a needed param is missing', () => {
    const error = { code: 'empty-file', message: 'The file is empty.' } as const;
    expect(translateError(error, 'ru')).toEqual({ text: 'The file is empty.', details: null });
  });

  it('falls back to the English message for codes without a translation', () => {
    const error = { code: 'internal', message: 'Internal error: boom' } as const;
    expect(translateError(error, 'ru')).toEqual({ text: 'Internal error: boom', details: null });
  });

  it('does not repeat a message identical to the translation', () => {
    const error = { code: 'cancelled', message: 'The job was cancelled.' } as const;
    expect(translateError(error, 'en')).toEqual({ text: 'The job was cancelled.', details: null });
  });
});
