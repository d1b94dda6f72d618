import type { FeatureCatalogue } from './feature-catalogue';

/** The lessons tool's UI text. */
export const lessonsEn = {
  'lessons.heading': 'Lessons',
} as const;

export const lessonsRu: FeatureCatalogue<typeof lessonsEn> = {
  'lessons.heading': 'lessons',
};
