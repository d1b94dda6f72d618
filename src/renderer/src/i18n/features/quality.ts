import type { FeatureCatalogue } from './feature-catalogue';

/** Map quality, placing new items on a map, and the PCA pre-reduction setting. */
export const qualityEn = {
  'quality.heading': 'Map quality',
  'quality.intro': 'How faithfully does this map show which items are neighbours in the original space?',
  'quality.k': 'Neighbours (k)',
  'quality.compute': 'Compute',
  'quality.computing': 'Measuring…',
  'quality.progress': 'Measuring the map',
  'quality.cancel': 'Cancel',
  'quality.cancelling': 'Cancelling…',
  'quality.trustworthiness': 'Trustworthiness: {value}',
  'quality.trustworthinessHint':
    'Are items drawn close together really similar? 1 = always; about 0.5 = chance.',
  'quality.continuity': 'Continuity: {value}',
  'quality.continuityHint': 'Do similar items stay close on the map? 1 = always; about 0.5 = chance.',
  'quality.preservation': 'Neighbours kept: {value}',
  'quality.preservationHint':
    'The average share of each item’s {k} nearest neighbours that are also nearest on the map.',
  'quality.sampled': 'Trustworthiness and continuity measured on {count} randomly chosen items.',
  'quality.colour': 'Colour by distortion',
  'quality.columnName': 'Neighbours kept (k={k})',
  'quality.rampHint':
    'Low values: the map tears the item’s neighbourhood apart; high: it is drawn faithfully.',
  'place.heading': 'Add items to this map',
  'place.label': 'New words or sentences, one per line',
  'place.submit': 'Place on the map',
  'place.placing': 'Placing…',
  'place.clear': 'Remove them',
  'place.placed': '{count} placed on the map without recomputing it.',
  'place.unembedded': 'No vector for: {texts}',
  'place.methodNote':
    'UMAP and t-SNE place new items by their nearest neighbours; the map itself does not move.',
  'settings.pcaDims': 'PCA first (dimensions)',
  'settings.pcaDimsOff': 'Reduce with PCA first',
  'settings.pcaDimsHint': 'Speeds up wide embeddings; 50 is common for D > 100.',
} as const;

export const qualityRu: FeatureCatalogue<typeof qualityEn> = {
  'quality.heading': 'Качество карты',
  'quality.intro': 'Насколько честно карта показывает, какие элементы — соседи в исходном пространстве?',
  'quality.k': 'Соседей (k)',
  'quality.compute': 'Вычислить',
  'quality.computing': 'Измеряем…',
  'quality.progress': 'Измерение карты',
  'quality.cancel': 'Отмена',
  'quality.cancelling': 'Отменяю…',
  'quality.trustworthiness': 'Достоверность: {value}',
  'quality.trustworthinessHint':
    'Действительно ли похожи элементы, нарисованные рядом? 1 — всегда; около 0,5 — случайно.',
  'quality.continuity': 'Непрерывность: {value}',
  'quality.continuityHint': 'Остаются ли похожие элементы рядом на карте? 1 — всегда; около 0,5 — случайно.',
  'quality.preservation': 'Сохранено соседей: {value}',
  'quality.preservationHint':
    'Средняя доля {k} ближайших соседей каждого элемента, которые остались ближайшими и на карте.',
  'quality.sampled': 'Достоверность и непрерывность измерены на {count} случайно выбранных элементах.',
  'quality.colour': 'Раскрасить по искажению',
  'quality.columnName': 'Сохранено соседей (k={k})',
  'quality.rampHint': 'Низкие значения: карта разрывает окрестность элемента; высокие: она нарисована верно.',
  'place.heading': 'Добавить элементы на карту',
  'place.label': 'Новые слова или предложения, по одному в строке',
  'place.submit': 'Поместить на карту',
  'place.placing': 'Размещаем…',
  'place.clear': 'Убрать их',
  'place.placed': 'На карту помещено: {count}, без пересчёта карты.',
  'place.unembedded': 'Нет вектора для: {texts}',
  'place.methodNote':
    'UMAP и t-SNE размещают новые элементы по их ближайшим соседям; сама карта не меняется.',
  'settings.pcaDims': 'Сначала PCA (измерений)',
  'settings.pcaDimsOff': 'Сначала сжать методом PCA',
  'settings.pcaDimsHint': 'Ускоряет широкие эмбеддинги; для D > 100 обычно берут 50.',
};
