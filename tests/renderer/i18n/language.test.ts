import { describe, expect, it } from 'vitest';
import {
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  languageFromTag,
  saveLanguage,
  type LanguageStorage,
} from '../../../src/renderer/src/i18n/language';

function memoryStorage(
  initial: Record<string, string> = {},
): LanguageStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

const broken: LanguageStorage = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('denied');
  },
};

describe('languageFromTag', () => {
  it('picks Russian for ru* tags and English otherwise', () => {
    expect(languageFromTag('ru')).toBe('ru');
    expect(languageFromTag('ru-RU')).toBe('ru');
    expect(languageFromTag('RU-ua')).toBe('ru');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('de')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });
});

describe('initialLanguage and saveLanguage', () => {
  it('prefers a saved valid choice over the browser language', () => {
    expect(initialLanguage(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'en' }), 'ru-RU')).toBe('en');
    expect(initialLanguage(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }), 'ru-RU')).toBe('ru');
    expect(initialLanguage(null, 'ru')).toBe('ru');
  });

  it('round-trips a choice and survives broken storage', () => {
    const storage = memoryStorage();
    saveLanguage(storage, 'ru');
    expect(storage.data[LANGUAGE_STORAGE_KEY]).toBe('ru');
    expect(initialLanguage(storage, 'en')).toBe('ru');
    expect(() => {
      saveLanguage(broken, 'ru');
    }).not.toThrow();
    expect(initialLanguage(broken, 'ru-RU')).toBe('ru');
  });
});
