import type { FeatureCatalogue } from './feature-catalogue';

/** Contextual token embeddings (one word, many meanings) and the embed stage's speed. */
export const contextualEn = {
  'contextual.option': 'Embed one word in context',
  'contextual.word': 'Word',
  'contextual.wordPlaceholder': 'e.g. bank, замок',
  'contextual.hint':
    'Each text that contains the word becomes one point: the model’s vector of that word in that text, so a word with two meanings (river bank, money bank) forms two groups. Texts without the word are listed, not mapped.',
  'contextual.needsWord': 'Type the word to embed.',
  'job.rate': '{rate} texts/s',
  'job.aboutSeconds': 'about {seconds} s left',
  'job.aboutMinutes': 'about {minutes} min left',
  'job.aboutHours': 'about {hours} h {minutes} min left',
} as const;

export const contextualRu: FeatureCatalogue<typeof contextualEn> = {
  'contextual.option': 'Вектор одного слова в контексте',
  'contextual.word': 'Слово',
  'contextual.wordPlaceholder': 'например, замок, bank',
  'contextual.hint':
    'Каждый текст, где есть это слово, становится точкой: вектор слова именно в этом тексте, поэтому у слова с двумя значениями (замок на холме, замок на двери) получаются две группы. Тексты без слова перечисляются, но не попадают на карту.',
  'contextual.needsWord': 'Введите слово.',
  'job.rate': '{rate} текстов/с',
  'job.aboutSeconds': 'осталось около {seconds} с',
  'job.aboutMinutes': 'осталось около {minutes} мин',
  'job.aboutHours': 'осталось около {hours} ч {minutes} мин',
};
