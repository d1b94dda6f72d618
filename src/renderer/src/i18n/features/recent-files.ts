import type { FeatureCatalogue } from './feature-catalogue';

/** The recently opened data sets, projects and samples. */
export const recentFilesEn = {
  'recent.heading': 'Recent files',
  'recent.empty': 'Files and samples you open are listed here.',
  'recent.kind.data': 'data',
  'recent.kind.project': 'project',
  'recent.kind.sample': 'sample',
  'recent.open': 'Open “{name}” again',
  'recent.reopen': 'Open',
  'recent.pickAgain': 'Pick again…',
  'recent.pickHint':
    'The app reads files you choose and cannot open a file again by its name: pick “{name}” again.',
  'recent.bytes': '{size} KB',
  // The reason stays in the English details line (it comes from the operating system).
  'error.file-unavailable': 'Could not open {file} again: it may have been moved, renamed or deleted.',
} as const;

export const recentFilesRu: FeatureCatalogue<typeof recentFilesEn> = {
  'recent.heading': 'Недавние файлы',
  'recent.empty': 'Здесь появятся открытые вами файлы и примеры.',
  'recent.kind.data': 'данные',
  'recent.kind.project': 'проект',
  'recent.kind.sample': 'пример',
  'recent.open': 'Открыть «{name}» снова',
  'recent.reopen': 'Открыть',
  'recent.pickAgain': 'Выбрать снова…',
  'recent.pickHint':
    'Приложение читает только выбранные вами файлы и не может открыть файл по имени: выберите «{name}» ещё раз.',
  'recent.bytes': '{size} КБ',
  'error.file-unavailable':
    'Не удалось снова открыть {file}: возможно, файл перемещён, переименован или удалён.',
};
