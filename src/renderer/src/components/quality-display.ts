import type { CoreOutput, MapResult } from '../../../shared/contract';
import type { ItemColumn } from '../plot/column-values';
import type { PlotAnnotations } from '../plot/plot-annotations';

/** The per-item score as a numeric column (two decimals: the score is a share of at most 100 neighbours). */
export function distortionColumn(perPoint: Float32Array, name: string): ItemColumn {
  return { name, values: Array.from(perPoint, (score) => score.toFixed(2)) };
}

/** A score in [0, 1] as the panel shows it: three decimals, the precision the metrics' papers report. */
export function formatScore(score: number): string {
  return score.toFixed(3);
}

/** The non-empty lines of the "Add items" box, trimmed, each once, at most `max`. */
export function textsToPlace(input: string, max: number): string[] {
  const seen = new Set<string>();
  for (const line of input.split(/\r?\n/)) {
    const text = line.trim();
    if (text !== '') seen.add(text);
    if (seen.size === max) break;
  }
  return [...seen];
}

/** Placed items as tags on the plot: each placed text at its position. */
export function placedTags(texts: readonly string[], placed: CoreOutput<'placeItems'>): PlotAnnotations {
  const { dims, coords } = placed;
  const tags = placed.placed.map((textIndex, row) => ({
    at: Array.from(coords.subarray(row * dims, (row + 1) * dims)),
    text: texts[textIndex] ?? '',
  }));
  return { arrows: [], tags };
}

/** True when `placed` (or `quality`) belongs to the map on screen: a result for another map is stale. */
export function belongsTo(owner: { readonly mapId: string } | null, map: MapResult | null): boolean {
  return owner !== null && map !== null && owner.mapId === map.mapId;
}
