import type { FeatureCatalogue } from './feature-catalogue';

/** Project files (.esproj): saving and opening them, and dropping files on the window. */
export const projectEn = {
  'project.heading': 'Project',
  'project.save': 'Save project…',
  'project.download': 'Save project (download)',
  'project.saving': 'Saving the project…',
  'project.saved': 'Project saved: {location}',
  'project.nothingToSave': 'Make a map first: a project saves the map on screen.',
  'project.open': 'Open project…',
  'project.dropHint':
    'Drop a data file (.txt, .csv, .tsv, .json, .jsonl, .npy) or a project (.esproj) to open it',
  'project.recoverQuestion': 'Restore your previous session ({count} items, {name}, saved {time})?',
  'project.recoverRestore': 'Restore',
  'project.recoverDiscard': 'Discard',
  'project.recoverHeading': 'Previous session',
  'project.unnamedData': 'unnamed data',
  'error.autosave-failed':
    'Autosave failed: {reason}. Your work is still here; use Save project… to keep it.',
  'error.project-view-invalid':
    'The project’s saved view could not be read ({reason}); the map is shown with the default view.',
} as const;

export const projectRu: FeatureCatalogue<typeof projectEn> = {
  'project.heading': 'Проект',
  'project.save': 'Сохранить проект…',
  'project.download': 'Сохранить проект (скачать)',
  'project.saving': 'Проект сохраняется…',
  'project.saved': 'Проект сохранён: {location}',
  'project.nothingToSave': 'Сначала постройте карту: проект сохраняет карту на экране.',
  'project.open': 'Открыть проект…',
  'project.dropHint':
    'Отпустите файл данных (.txt, .csv, .tsv, .json, .jsonl, .npy) или проекта (.esproj), чтобы открыть его',
  'project.recoverQuestion': 'Восстановить предыдущий сеанс ({count} элементов, {name}, сохранён {time})?',
  'project.recoverRestore': 'Восстановить',
  'project.recoverDiscard': 'Отказаться',
  'project.recoverHeading': 'Предыдущий сеанс',
  'project.unnamedData': 'данные без имени',
  'error.autosave-failed':
    'Автосохранение не удалось: {reason}. Работа на экране не потеряна; сохраните её через «Сохранить проект…».',
  'error.project-view-invalid':
    'Сохранённый вид проекта не прочитан ({reason}); карта показана с видом по умолчанию.',
};
