/** The languages the UI speaks. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's choice is kept between sessions. */
export const LANGUAGE_STORAGE_KEY = 'embedding-studio.language';

/** Whether `value` names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language for a BCP-47 tag such as `navigator.language`: Russian for `ru*`, English otherwise. */
export function languageFromTag(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('ru') === true ? 'ru' : 'en';
}

/** The subset of `Storage` used here, so tests can pass a plain object. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The saved choice if there is a valid one, else the browser's language. Storage can throw (disabled,
 * sandboxed): then the browser's language is used.
 */
export function initialLanguage(storage: LanguageStorage | null, browserTag: string | undefined): Language {
  try {
    const saved = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Unreadable storage only loses the remembered choice; the browser's language is a fine default.
  }
  return languageFromTag(browserTag);
}

/** Remembers the user's choice; failing to store it (quota, disabled storage) only loses the memory. */
export function saveLanguage(storage: LanguageStorage | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Nothing to tell the user: the language still switches for this session.
  }
}
