/**
 * Which columns probably hold the texts and the labels. Names are matched whole, case-insensitively, in
 * English and Russian (with plurals), so `word_count` is not mistaken for a text column.
 */
const TEXT_NAMES = [
  'text',
  'texts',
  'sentence',
  'sentences',
  'word',
  'words',
  'phrase',
  'phrases',
  'текст',
  'тексты',
  'слово',
  'слова',
  'предложение',
  'предложения',
  'фраза',
  'фразы',
];
const LABEL_NAMES = [
  'label',
  'labels',
  'category',
  'categories',
  'topic',
  'topics',
  'class',
  'метка',
  'категория',
  'категории',
  'тема',
  'темы',
  'класс',
];

/** 1000 rows estimate a column's average length well enough without scanning a huge file. */
const SAMPLE_ROWS = 1000;

function findByName(columns: readonly string[], names: readonly string[], skip?: string): string | null {
  const lowered = columns.map((column) => column.trim().toLowerCase());
  for (const name of names) {
    const index = lowered.indexOf(name);
    const column = index >= 0 ? columns[index] : undefined;
    if (column !== undefined && column !== skip) return column;
  }
  return null;
}

function longestOnAverage(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const sample = rows.slice(0, SAMPLE_ROWS);
  let best = columns[0] ?? '';
  let bestLength = -1;
  columns.forEach((column, index) => {
    const total = sample.reduce((sum, row) => sum + (row[index]?.length ?? 0), 0);
    const average = total / Math.max(1, sample.length);
    if (average > bestLength) {
      best = column;
      bestLength = average;
    }
  });
  return best;
}

/** The column to embed: one named like "text"/"sentence"/"слово"…, else the one with the longest cells. */
export function suggestTextColumn(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return findByName(columns, TEXT_NAMES) ?? longestOnAverage(columns, rows);
}

/** The column to colour by: one named like "label"/"category"/"тема"…, never the text column; else null. */
export function suggestLabelColumn(columns: readonly string[], textColumn: string): string | null {
  return findByName(columns, LABEL_NAMES, textColumn);
}
