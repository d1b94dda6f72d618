import type { FeatureCatalogue } from './feature-catalogue';

/** Rows repeating an earlier row's text, and the offer to merge them. */
export const duplicatesEn = {
  'duplicates.notice': "{count} rows repeat an earlier row's text: they would sit on one spot of the map.",
  'duplicates.merge': 'Merge duplicates',
  'duplicates.mergeHint':
    'Opens a copy with one row per text and a "copies" column counting the merged rows; this data set stays open.',
  'duplicates.merging': 'Merging…',
} as const;

export const duplicatesRu: FeatureCatalogue<typeof duplicatesEn> = {
  'duplicates.notice':
    'Строк, повторяющих текст одной из предыдущих строк: {count}. На карте они легли бы в одну точку.',
  'duplicates.merge': 'Объединить повторы',
  'duplicates.mergeHint':
    'Откроется копия, где каждый текст встречается один раз, а столбец «copies» показывает, сколько строк объединено; текущий набор данных останется открытым.',
  'duplicates.merging': 'Объединение…',
};
