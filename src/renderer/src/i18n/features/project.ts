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
};
