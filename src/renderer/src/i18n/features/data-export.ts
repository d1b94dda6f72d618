import type { FeatureCatalogue } from './feature-catalogue';

/** Exporting the mapped items (CSV, JSON Lines) and their embeddings (.npy), all or the selection. */
export const dataExportEn = {
  'dataExport.heading': 'Export data',
  'dataExport.format': 'Format',
  'dataExport.format.csv': 'CSV table (spreadsheets)',
  'dataExport.format.jsonl': 'JSON Lines (one item per line)',
  'dataExport.format.npy': 'Embeddings (.npy, float32)',
  'dataExport.format.word2vec': 'Word vectors (word2vec text, .vec; spaces in texts become _)',
  'dataExport.all': 'Export all items',
  'dataExport.selection': 'Export the selection ({count})',
  'dataExport.selectionCsv': 'Export selection (CSV)',
  'dataExport.exporting': 'Exporting…',
  'dataExport.unavailable': 'Wait for the map to finish: the export holds the finished map.',
  'dataExport.saved': '{count} items exported: {location}',
  'dataExport.guarded':
    '{count} cells that a spreadsheet would run as formulas (starting with = + - @) start with an apostrophe.',
} as const;

export const dataExportRu: FeatureCatalogue<typeof dataExportEn> = {
  'dataExport.heading': 'Экспорт данных',
  'dataExport.format': 'Формат',
  'dataExport.format.csv': 'Таблица CSV (для электронных таблиц)',
  'dataExport.format.jsonl': 'JSON Lines (элемент на строку)',
  'dataExport.format.npy': 'Эмбеддинги (.npy, float32)',
  'dataExport.format.word2vec': 'Векторы слов (текст word2vec, .vec; пробелы в текстах заменяются на _)',
  'dataExport.all': 'Экспортировать все элементы',
  'dataExport.selection': 'Экспортировать выделенное ({count})',
  'dataExport.selectionCsv': 'Экспорт выделенного (CSV)',
  'dataExport.exporting': 'Экспорт…',
  'dataExport.unavailable': 'Дождитесь окончания построения: экспортируется готовая карта.',
  'dataExport.saved': 'Экспортировано элементов: {count}. Файл: {location}',
  'dataExport.guarded':
    'Ячеек, которые таблица выполнила бы как формулы (начинаются с = + - @): {count}; к ним добавлен апостроф в начале.',
};
