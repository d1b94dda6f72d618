import type { FeatureCatalogue } from './feature-catalogue';

/** The compare tool's UI text. */
export const compareEn = {
  'compare.heading': 'Compare',
} as const;

export const compareRu: FeatureCatalogue<typeof compareEn> = {
  'compare.heading': 'compare',
};
