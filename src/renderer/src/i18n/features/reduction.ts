import type { FeatureCatalogue } from './feature-catalogue';

/** Names of the reduction methods and their parameters. */
export const reductionEn = {
  'settings.methodTsne': 't-SNE',
} as const;

export const reductionRu: FeatureCatalogue<typeof reductionEn> = {
  'settings.methodTsne': 't-SNE',
};
