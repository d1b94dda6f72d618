import type { FeatureCatalogue } from './feature-catalogue';

/** The clusters tool's UI text. */
export const clustersEn = {
  'clusters.heading': 'Clusters',
} as const;

export const clustersRu: FeatureCatalogue<typeof clustersEn> = {
  'clusters.heading': 'clusters',
};
