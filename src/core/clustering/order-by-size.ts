/**
 * Renumbers clusters by size, largest first (ties by first item), so ids are 0 … clusters − 1 and the largest
 * cluster gets the palette's first colour. −1 (noise) stays −1. Returns the new labels and each cluster's size.
 */
export function orderBySize(labels: Int32Array): { labels: Int32Array<ArrayBuffer>; sizes: number[] } {
  const sizes = new Map<number, { size: number; first: number }>();
  labels.forEach((label, item) => {
    if (label < 0) return;
    const entry = sizes.get(label);
    if (entry === undefined) sizes.set(label, { size: 1, first: item });
    else entry.size++;
  });
  const order = [...sizes].sort(([, a], [, b]) => b.size - a.size || a.first - b.first);
  const renumber = new Map(order.map(([label], id) => [label, id]));
  return {
    labels: Int32Array.from(labels, (label) => (label < 0 ? -1 : (renumber.get(label) ?? -1))),
    sizes: order.map(([, entry]) => entry.size),
  };
}
