import type { LocalizedText } from '../../shared/contract';
import type { ModelDtype, Pooling } from './model-folder';

/** What the app knows about a model it recommends, before anything is downloaded. */
export interface CatalogueEntry {
  /** Hugging Face repository id, also the folder name under models/. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /** BCP-47 codes of the languages it is known to handle well (a multilingual model lists its main ones). */
  readonly languages: readonly string[];
  /** How many languages it was trained on. */
  readonly languageCount: number;
  readonly dimension: number;
  readonly licence: string;
  readonly pooling: Pooling;
  /** Approximate download size of each weights file, in megabytes (from the Hub's file listing). */
  readonly sizeMb: Readonly<Partial<Record<ModelDtype, number>>>;
  /**
   * Prefixes the model was trained with (e5: `query: ` / `passage: `). A map compares texts with each other,
   * which the e5 card calls a symmetric task, so texts get the `query` prefix.
   */
  readonly prefixes?: { readonly query: string; readonly passage: string };
}

const MAIN_LANGUAGES = [
  'en',
  'ru',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'pl',
  'nl',
  'tr',
  'ar',
  'zh',
  'ja',
  'ko',
];

/** Recommended models: data only; downloading one needs the user's permission (the downloads switch). */
export const MODEL_CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2',
    name: { en: 'Multilingual MiniLM (paraphrase)', ru: 'Многоязычная MiniLM (перефразы)' },
    description: {
      en: 'Sentence embeddings for 50+ languages, Russian and English included; similar meanings land close together across languages.',
      ru: 'Векторы предложений для 50+ языков, включая русский и английский; близкие по смыслу фразы оказываются рядом на любом языке.',
    },
    languages: MAIN_LANGUAGES,
    languageCount: 50,
    dimension: 384,
    licence: 'Apache-2.0',
    pooling: 'mean',
    sizeMb: { fp32: 470, q8: 118 },
  },
  {
    id: 'Xenova/multilingual-e5-small',
    name: { en: 'Multilingual E5 small', ru: 'Многоязычная E5 (малая)' },
    description: {
      en: 'Strong multilingual sentence embeddings (about 100 languages); the "query: " prefix it needs is added for you.',
      ru: 'Сильные многоязычные векторы предложений (около 100 языков); нужный ей префикс «query: » добавляется автоматически.',
    },
    languages: MAIN_LANGUAGES,
    languageCount: 100,
    dimension: 384,
    licence: 'MIT',
    pooling: 'mean',
    sizeMb: { fp32: 470, q8: 118 },
    prefixes: { query: 'query: ', passage: 'passage: ' },
  },
  {
    id: 'Xenova/all-MiniLM-L6-v2',
    name: { en: 'English MiniLM', ru: 'Английская MiniLM' },
    description: {
      en: 'Small, fast English sentence embeddings; a good first model for English texts.',
      ru: 'Небольшая быстрая модель векторов английских предложений; хороший выбор для английских текстов.',
    },
    languages: ['en'],
    languageCount: 1,
    dimension: 384,
    licence: 'Apache-2.0',
    pooling: 'mean',
    sizeMb: { fp32: 90, q8: 23 },
  },
];

/** The catalogue entry for `id`, if it is a recommended model (in `catalogue`, default the built-in one). */
export function catalogueEntry(
  id: string,
  catalogue: readonly CatalogueEntry[] = MODEL_CATALOGUE,
): CatalogueEntry | undefined {
  return catalogue.find((entry) => entry.id === id);
}
