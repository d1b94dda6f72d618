import type { LocalizedText } from '../../../shared/contract';
import type { Language } from './language';

/** The text of a bilingual field (sample titles, embedder names) in `language`, falling back to English. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language] !== '' ? text[language] : text.en;
}
