import type { FeatureCatalogue } from './feature-catalogue';

/** The streamed import of large files: the sample prompt, the progress bar and Cancel. */
export const importEn = {
  'import.large': '“{name}” is large ({size} MB): keep all rows, or a random sample?',
  'import.keepAll': 'Keep all rows',
  'import.sampleSize': 'Sample size (rows)',
  'import.stratifyBy': 'Stratified by',
  'import.noStratum': 'not stratified',
  'import.sample': 'Random sample',
  'import.reading': 'Reading “{name}”: {read} of {total} MB, {rows} rows ({rate} rows/s)',
  'import.progress': 'Import progress',
  'import.cancel': 'Cancel',
  'import.dismiss': 'Not now',
  'import.sampled': 'Kept a random sample of {kept} of {read} rows.',
  'import.all': 'Read all {read} rows.',
} as const;

export const importRu: FeatureCatalogue<typeof importEn> = {
  'import.large': 'Файл «{name}» большой ({size} МБ): взять все строки или случайную выборку?',
  'import.keepAll': 'Все строки',
  'import.sampleSize': 'Размер выборки (строк)',
  'import.stratifyBy': 'С расслоением по',
  'import.noStratum': 'без расслоения',
  'import.sample': 'Случайная выборка',
  'import.reading': 'Читаю «{name}»: {read} из {total} МБ, строк: {rows} ({rate} строк/с)',
  'import.progress': 'Ход импорта',
  'import.cancel': 'Отменить',
  'import.dismiss': 'Не сейчас',
  'import.sampled': 'Взята случайная выборка: {kept} из {read} строк.',
  'import.all': 'Прочитаны все строки: {read}.',
};
