import type { FeatureCatalogue } from './feature-catalogue';

/** Failures of the machine rather than of the data: memory, a full disk, a crashed computation. */
export const faultsEn = {
  'faults.mapSample': 'Map a sample of {rows} rows',
  'faults.coreRestored': 'The compute engine restarted; your data was restored.',
  'faults.dismissNotice': 'Dismiss',
  // The reason stays in the English details line below the headline (it comes from the operating system).
  'error.write-failed': 'Could not save {file}. The previous file, if there was one, is unchanged.',
} as const;

export const faultsRu: FeatureCatalogue<typeof faultsEn> = {
  'faults.mapSample': 'Построить карту по выборке из {rows} строк',
  'faults.coreRestored': 'Вычислительный модуль перезапустился; ваши данные восстановлены.',
  'faults.dismissNotice': 'Закрыть',
  'error.write-failed': 'Не удалось сохранить {file}. Прежний файл, если он был, остался без изменений.',
};
