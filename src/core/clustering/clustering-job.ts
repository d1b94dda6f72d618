import type { ClusteringResult, CoreInput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl, JobSuccess } from '../jobs/job-registry';
import { chooseK } from './choose-k';
import { nameClusters } from './cluster-names';
import { densityClustering } from './density-clustering';
import { kmeans } from './kmeans';
import { orderBySize } from './order-by-size';
import { clusteredRows, distanceSample, silhouetteOnSample, type DistanceSample } from './result-silhouette';
import { unitRows, type UnitRows } from './unit-rows';

/**
 * Restarts of the final k-means: four independent k-means++ seedings find the best of the usual local
 * optima on topic data (scikit-learn's old default was 10, its new "auto" is 1 for k-means++).
 */
const KMEANS_RESTARTS = 4;

type Progress = (fraction: number) => void;

/** A share of a job's progress: maps [0, 1] onto [from, to]. */
function span(report: Progress, from: number, to: number): Progress {
  return (fraction) => {
    report(from + (to - from) * fraction);
  };
}

/** k-means with the given k, or with k chosen by the silhouette on a sample; also returns that sample. */
async function kmeansLabels(
  unit: UnitRows,
  input: CoreInput<'startClustering'>,
  cooperation: Cooperation,
  report: Progress,
): Promise<{ labels: Int32Array; sample: DistanceSample | null }> {
  let k = input.k;
  let sample: DistanceSample | null = null;
  if (k === null) {
    sample = await distanceSample(unit, input.seed, cooperation);
    report(0.1);
    k = (await chooseK(sample.unit, sample.distances, input.seed, cooperation, span(report, 0.1, 0.5))).k;
  }
  const from = input.k === null ? 0.5 : 0;
  const result = await kmeans(unit, {
    k,
    seed: input.seed,
    restarts: KMEANS_RESTARTS,
    cooperation,
    onProgress: span(report, from, 0.85),
  });
  return { labels: result.labels, sample };
}

/**
 * Clusters a map's items in the original embedding space (unit-normalised: cosine geometry) with k-means or
 * the density method, numbers the clusters by size, measures the silhouette and names each cluster.
 * Progress is the `cluster` stage; cancellation is checked throughout.
 */
export async function runClustering(
  context: AnalysisContext,
  input: CoreInput<'startClustering'>,
  control: JobControl,
): Promise<JobSuccess> {
  const cooperation = new Cooperation(control.signal);
  const report: Progress = (fraction) => {
    control.progress('cluster', fraction);
  };
  report(0);
  const { texts } = context.maps.result(input.mapId);
  const unit = unitRows(context.maps.vectors(input.mapId));
  if (unit.rows < 2) {
    throw new StudioError('too-few-items', `Clustering needs at least 2 items; the map has ${unit.rows}.`, {
      count: unit.rows,
    });
  }
  const clustered =
    input.method === 'kmeans'
      ? await kmeansLabels(unit, input, cooperation, report)
      : {
          labels: await densityClustering(unit, {
            minClusterSize: input.minClusterSize,
            seed: input.seed,
            cooperation,
            onProgress: span(report, 0, 0.85),
          }),
          sample: null,
        };
  const { labels, sizes } = orderBySize(clustered.labels);
  const sample =
    clustered.sample ?? (await distanceSample(unit, input.seed, cooperation, clusteredRows(labels)));
  report(0.95);
  const naming = nameClusters(unit, texts, labels, sizes.length);
  const result: ClusteringResult = {
    mapId: input.mapId,
    method: input.method,
    labels,
    clusters: sizes.map((size, id) => ({
      id,
      size,
      keywords: [...(naming[id]?.keywords ?? [])],
      name: naming[id]?.name ?? `#${id + 1}`,
    })),
    silhouette: sizes.length < 2 ? null : silhouetteOnSample(sample, labels),
    noise: labels.filter((label) => label < 0).length,
  };
  report(1);
  return { type: 'clusters', result };
}
