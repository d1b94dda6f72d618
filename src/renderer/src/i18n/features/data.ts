import type { FeatureCatalogue } from './feature-catalogue';

/** Importing data and opening project files: the error messages of those features. */
export const dataEn = {
  'error.invalid-number': 'Row {row}, column “{column}” of {file} is not a number.',
  'error.project-damaged': 'The project file {file} is damaged and cannot be opened: {problem}.',
  'error.project-too-new':
    'The project file {file} was saved by a newer Embedding Studio (format {version}); update the app to open it.',
} as const;

export const dataRu: FeatureCatalogue<typeof dataEn> = {
  'error.invalid-number': 'Строка {row}, колонка «{column}» файла {file} — не число.',
  'error.project-damaged': 'Файл проекта {file} повреждён и не может быть открыт: {problem}.',
  'error.project-too-new':
    'Файл проекта {file} сохранён более новой версией Embedding Studio (формат {version}); обновите приложение.',
};
