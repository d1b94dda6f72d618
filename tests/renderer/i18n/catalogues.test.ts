import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/errors';
import { en } from '../../../src/renderer/src/i18n/messages-en';
import { ru } from '../../../src/renderer/src/i18n/messages-ru';
import { placeholdersOf } from '../../../src/renderer/src/i18n/translate';

describe('message catalogues', () => {
  it('have exactly the same keys (the type check enforces it too)', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholdersOf(ru[key]).sort(), key).toEqual(placeholdersOf(en[key]).sort());
    }
  });

  it('have no empty message', () => {
    for (const text of [...Object.values(en), ...Object.values(ru)]) expect(text.trim()).not.toBe('');
  });

  it('translate every contract error code except `internal`, whose English details are the point', () => {
    for (const code of ERROR_CODES) {
      expect(Object.prototype.hasOwnProperty.call(en, `error.${code}`), code).toBe(code !== 'internal');
    }
  });

  it('are really in Russian', () => {
    expect(ru['job.run']).toMatch(/[а-яё]/i);
  });
});
