import type { FeatureCatalogue } from './feature-catalogue';

/** The streamed load of a word-vector file: the progress bar and Cancel. */
export const vectorsLoadEn = {
  'vectorsLoad.reading': 'Reading “{name}”: {read} of {total} MB, {words} words ({rate} MB/s)',
  'vectorsLoad.progress': 'Word-vector loading progress',
  'vectorsLoad.cancel': 'Cancel loading',
} as const;

export const vectorsLoadRu: FeatureCatalogue<typeof vectorsLoadEn> = {
  'vectorsLoad.reading': 'Читаю «{name}»: {read} из {total} МБ, слов: {words} ({rate} МБ/с)',
  'vectorsLoad.progress': 'Ход загрузки векторов слов',
  'vectorsLoad.cancel': 'Отменить загрузку',
};
