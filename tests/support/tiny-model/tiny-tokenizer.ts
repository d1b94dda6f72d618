/**
 * A WordPiece tokenizer.json in the Hugging Face `tokenizers` format: the special tokens BERT uses, whole
 * English and Russian words, and every single letter and digit both as a word start and as a `##` piece, so
 * any text tokenises to real pieces instead of collapsing to [UNK].
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** Whole words that a test sentence is likely to use, in both languages the app is used in. */
const WORDS = [
  'the',
  'a',
  'cat',
  'dog',
  'sat',
  'on',
  'mat',
  'bank',
  'river',
  'money',
  'castle',
  'lock',
  'king',
  'queen',
  'prince',
  'music',
  'science',
  'sport',
  'play',
  'plays',
  'is',
  'in',
  'of',
  'and',
  'to',
  'hello',
  'world',
  'кот',
  'кошка',
  'собака',
  'сидит',
  'на',
  'в',
  'и',
  'замок',
  'дверь',
  'река',
  'берег',
  'банк',
  'деньги',
  'король',
  'королева',
  'музыка',
  'наука',
  'спорт',
  'привет',
  'мир',
  'это',
  'не',
];

/** Single code points (no combining marks), so splitting with Array.from is exact. */
const LETTERS = Array.from('abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789');
const PUNCTUATION = Array.from('.,!?;:-\'"()«»');

/** The vocabulary in id order: specials first, so [PAD] is 0 as `pad_token_id` says. */
export function tinyVocabulary(): string[] {
  const pieces = LETTERS.flatMap((letter) => [letter, `##${letter}`]);
  return [...new Set([...SPECIAL_TOKENS, ...WORDS, ...pieces, ...PUNCTUATION])];
}

const special = (content: string, id: number) => ({
  id,
  content,
  single_word: false,
  lstrip: false,
  rstrip: false,
  normalized: false,
  special: true,
});

const templatePiece = (token: string) => ({ SpecialToken: { id: token, type_id: 0 } });

/** tokenizer.json for `vocabulary` (lower-casing, accents kept so that «й» and «ё» stay themselves). */
export function tinyTokenizerJson(vocabulary: readonly string[]): object {
  const ids = new Map(vocabulary.map((token, id) => [token, id]));
  const idOf = (token: string): number => ids.get(token) ?? 0;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((token) => special(token, idOf(token))),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: false,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [templatePiece('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, templatePiece('[SEP]')],
      pair: [
        templatePiece('[CLS]'),
        { Sequence: { id: 'A', type_id: 0 } },
        templatePiece('[SEP]'),
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ['[CLS]', '[SEP]'].map((token) => [token, { id: token, ids: [idOf(token)], tokens: [token] }]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(ids),
    },
  };
}

/** tokenizer_config.json: what transformers.js reads to pick the tokenizer class and its limits. */
export function tinyTokenizerConfig(maxLength: number): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: maxLength,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
}
