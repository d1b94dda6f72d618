import type { z } from 'zod';
import type {
  datasetPreviewSchema,
  embedderInfoSchema,
  localizedTextSchema,
  mapRequestSchema,
  reductionMethodSchema,
  sampleInfoSchema,
  tableFormatSchema,
  umapParamsSchema,
  tsneParamsSchema,
  wordTrainingAlgorithmSchema,
  wordTrainingParamsSchema,
  installedModelSchema,
  catalogueModelSchema,
  modelDtypeSchema,
  distanceMetricSchema,
  encodingChoiceSchema,
  mapMethodSchema,
  mapSourceSchema,
  sampleSpecSchema,
  textEncodingSchema,
} from './schemas';

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type SampleInfo = z.infer<typeof sampleInfoSchema>;
export type EmbedderInfo = z.infer<typeof embedderInfoSchema>;
export type TableFormat = z.infer<typeof tableFormatSchema>;
export type DatasetPreview = z.infer<typeof datasetPreviewSchema>;
export type MapRequest = z.infer<typeof mapRequestSchema>;
export type ReductionMethod = z.infer<typeof reductionMethodSchema>;
export type LayoutDims = MapRequest['dims'];
export type UmapParams = z.infer<typeof umapParamsSchema>;
export type DistanceMetric = z.infer<typeof distanceMetricSchema>;
export type TsneParams = z.infer<typeof tsneParamsSchema>;
export type WordTrainingAlgorithm = z.infer<typeof wordTrainingAlgorithmSchema>;
export type WordTrainingParams = z.infer<typeof wordTrainingParamsSchema>;
export type InstalledModel = z.infer<typeof installedModelSchema>;
export type CatalogueModel = z.infer<typeof catalogueModelSchema>;
export type ModelDtype = z.infer<typeof modelDtypeSchema>;
export type TextEncoding = z.infer<typeof textEncodingSchema>;
export type EncodingChoice = z.infer<typeof encodingChoiceSchema>;
export type MapMethod = z.infer<typeof mapMethodSchema>;
export type MapSource = z.infer<typeof mapSourceSchema>;
export type SampleSpec = z.infer<typeof sampleSpecSchema>;
