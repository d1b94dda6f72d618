import type { FeatureCatalogue } from './feature-catalogue';

/** The axes tool's UI text. */
export const axesEn = {
  'axes.heading': 'Axes',
} as const;

export const axesRu: FeatureCatalogue<typeof axesEn> = {
  'axes.heading': 'axes',
};
