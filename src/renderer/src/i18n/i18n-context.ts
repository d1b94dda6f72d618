import { createContext, useContext } from 'react';
import type { Language } from './language';
import { createTranslator, type Translate } from './translate';

/** What components get from the i18n layer. */
export interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
}

/** English until a provider says otherwise, so a component rendered alone (e.g. in a test) still has text. */
export const I18nContext = createContext<I18n>({
  language: 'en',
  setLanguage: () => undefined,
  t: createTranslator('en'),
});

/** The current language and its translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
