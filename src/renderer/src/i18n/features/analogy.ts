import type { FeatureCatalogue } from './feature-catalogue';

/** The analogy tool's UI text. */
export const analogyEn = {
  'analogy.heading': 'Analogy',
} as const;

export const analogyRu: FeatureCatalogue<typeof analogyEn> = {
  'analogy.heading': 'analogy',
};
