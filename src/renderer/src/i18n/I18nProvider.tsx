import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import { initialLanguage, saveLanguage, type Language, type LanguageStorage } from './language';
import { createTranslator } from './translate';

/** localStorage, or null where reading the property itself throws (some sandboxed contexts do). */
function browserStorage(): LanguageStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Provides the language (saved choice, else the browser's) and keeps `<html lang>` in step with it. */
export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(browserStorage(), navigator.language),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({
      language,
      t: createTranslator(language),
      setLanguage: (next) => {
        saveLanguage(browserStorage(), next);
        setLanguageState(next);
      },
    }),
    [language],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
