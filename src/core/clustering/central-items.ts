import type { UnitRows } from './unit-rows';

/**
 * Per cluster 0 … clusters − 1, the texts of its `top` items closest to its centroid (highest cosine to the
 * mean of its unit rows), closest first, duplicates skipped. This names clusters of a map of single words,
 * where every "document" is one word and class-based TF-IDF would only rank each word by its own count.
 */
export function centralItems(
  unit: UnitRows,
  texts: readonly string[],
  labels: Int32Array,
  clusters: number,
  top: number,
): string[][] {
  const { cols } = unit;
  const centroids = new Float64Array(clusters * cols);
  for (let row = 0; row < unit.rows; row++) {
    const cluster = labels[row] ?? -1;
    if (cluster < 0) continue;
    for (let c = 0; c < cols; c++) {
      centroids[cluster * cols + c] = (centroids[cluster * cols + c] ?? 0) + (unit.data[row * cols + c] ?? 0);
    }
  }
  const scored = Array.from({ length: clusters }, () => [] as { item: number; score: number }[]);
  for (let row = 0; row < unit.rows; row++) {
    const cluster = labels[row] ?? -1;
    if (cluster < 0) continue;
    let score = 0;
    for (let c = 0; c < cols; c++)
      score += (unit.data[row * cols + c] ?? 0) * (centroids[cluster * cols + c] ?? 0);
    scored[cluster]?.push({ item: row, score });
  }
  return scored.map((members) => {
    members.sort((a, b) => b.score - a.score || a.item - b.item);
    const names: string[] = [];
    for (const { item } of members) {
      const text = (texts[item] ?? '').trim();
      if (text !== '' && !names.includes(text)) names.push(text);
      if (names.length === top) break;
    }
    return names;
  });
}
