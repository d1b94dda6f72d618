import type { FeatureCatalogue } from './feature-catalogue';

/** The analysis tools' tabs beside the map. */
export const toolsEn = {
  'tools.heading': 'Tools',
  'tools.tab.color': 'Colour',
  'tools.tab.analogy': 'Analogies',
  'tools.tab.clusters': 'Clusters',
  'tools.tab.axes': 'Concept axes',
  'tools.tab.compare': 'Compare',
  'tools.tab.heatmap': 'Similarity',
  'tools.needsMap': 'Make a map first: this tool works on the map on screen.',
  'error.invalid-expression': 'Cannot read the expression “{expression}”; write it as a − b + c.',
  'error.out-of-vocabulary': 'No vector for: {words}.',
  'error.no-vocabulary':
    'The embedder {embedderId} has no vocabulary to search; make a map with it first, and the answers come from its items.',
  'error.maps-not-comparable': 'These two maps are not of the same items, so they cannot be compared.',
  'error.malformed-questions': 'The file {fileName} has no analogy questions (“a b c d” lines).',
  'error.insufficient-memory':
    'This needs about {neededMb} MB of memory, but only {availableMb} MB are free. Map a sample of {suggestedRows} rows instead.',
} as const;

export const toolsRu: FeatureCatalogue<typeof toolsEn> = {
  'tools.heading': 'Инструменты',
  'tools.tab.color': 'Цвет',
  'tools.tab.analogy': 'Аналогии',
  'tools.tab.clusters': 'Кластеры',
  'tools.tab.axes': 'Оси понятий',
  'tools.tab.compare': 'Сравнение',
  'tools.tab.heatmap': 'Сходство',
  'tools.needsMap': 'Сначала постройте карту: этот инструмент работает с картой на экране.',
  'error.invalid-expression': 'Не удаётся прочитать выражение «{expression}»; запишите его как a − b + c.',
  'error.out-of-vocabulary': 'Нет вектора для: {words}.',
  'error.no-vocabulary':
    'У эмбеддера {embedderId} нет словаря для поиска; сначала постройте им карту, и ответы будут искаться среди её точек.',
  'error.maps-not-comparable': 'Эти две карты построены не по одним и тем же элементам, их нельзя сравнить.',
  'error.malformed-questions': 'В файле {fileName} нет вопросов-аналогий (строк «a b c d»).',
  'error.insufficient-memory':
    'Для этого нужно около {neededMb} МБ памяти, а свободно только {availableMb} МБ. Постройте карту по выборке из {suggestedRows} строк.',
};
