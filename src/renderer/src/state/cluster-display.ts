import type { ClusteringResult } from '../../../shared/contract';
import type { ItemColumn } from '../plot/column-values';
import type { PlotTag } from '../plot/plot-annotations';

/**
 * The names the plot shows for the clusters: the user's names, made safe for a colour column. An empty name
 * becomes "#n"; a name that is a number gets a "#" too (a column of numbers would be coloured as a ramp, not
 * by cluster); a name used twice gets " (2)", " (3)"… so two clusters never merge into one legend entry.
 */
export function displayNames(names: readonly string[], noiseName: string): string[] {
  const used = new Set<string>([noiseName]);
  return names.map((raw, id) => {
    const trimmed = raw.trim();
    const base =
      trimmed === '' ? `#${id + 1}` : /^[-+]?\d+([.,]\d+)?$/.test(trimmed) ? `#${trimmed}` : trimmed;
    let name = base;
    for (let copy = 2; used.has(name); copy++) name = `${base} (${copy})`;
    used.add(name);
    return name;
  });
}

/** The colour column of a clustering: each item's cluster name, or `noiseName` for noise. */
export function clusterColumn(
  result: ClusteringResult,
  shownNames: readonly string[],
  columnName: string,
  noiseName: string,
): ItemColumn {
  return {
    name: columnName,
    values: Array.from(result.labels, (label) => (label < 0 ? noiseName : (shownNames[label] ?? noiseName))),
  };
}

/**
 * One tag per cluster at its centre on the layout: the mean of its items' coordinates (`count × dims`,
 * row-major), with the cluster's name and colour.
 */
export function clusterTags(
  result: ClusteringResult,
  shownNames: readonly string[],
  coords: Float32Array,
  dims: number,
  colorOf: (name: string) => string | undefined,
): PlotTag[] {
  const clusters = result.clusters.length;
  const sums = new Float64Array(clusters * dims);
  const counts = new Int32Array(clusters);
  result.labels.forEach((label, item) => {
    if (label < 0 || label >= clusters) return;
    counts[label] = (counts[label] ?? 0) + 1;
    for (let d = 0; d < dims; d++)
      sums[label * dims + d] = (sums[label * dims + d] ?? 0) + (coords[item * dims + d] ?? 0);
  });
  const tags: PlotTag[] = [];
  for (let id = 0; id < clusters; id++) {
    const count = counts[id] ?? 0;
    if (count === 0) continue;
    const text = shownNames[id] ?? `#${id + 1}`;
    const at = Array.from({ length: dims }, (_, d) => (sums[id * dims + d] ?? 0) / count);
    const color = colorOf(text);
    tags.push(color === undefined ? { at, text } : { at, text, color });
  }
  return tags;
}
