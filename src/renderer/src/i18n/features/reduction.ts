import type { FeatureCatalogue } from './feature-catalogue';

/** Names of the reduction methods and their parameters. */
export const reductionEn = {
  'settings.methodTsne': 't-SNE',
  'settings.tsneHeading': 't-SNE settings',
  'settings.tsnePerplexity': 'Perplexity',
  'settings.tsnePerplexityHint':
    'About how many neighbours each point keeps close: 5–50 is usual; it is lowered automatically for small data.',
  'settings.tsneIterations': 'Iterations',
  'settings.tsneMetric': 'Distance',
} as const;

export const reductionRu: FeatureCatalogue<typeof reductionEn> = {
  'settings.methodTsne': 't-SNE',
  'settings.tsneHeading': 'Параметры t-SNE',
  'settings.tsnePerplexity': 'Перплексия',
  'settings.tsnePerplexityHint':
    'Примерно сколько соседей каждая точка держит рядом: обычно 5–50; для малых данных снижается автоматически.',
  'settings.tsneIterations': 'Итерации',
  'settings.tsneMetric': 'Расстояние',
};
