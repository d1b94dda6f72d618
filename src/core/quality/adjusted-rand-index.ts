/**
 * The adjusted Rand index (Hubert & Arabie, 1985) between two labelings of the same items: 1 when they group
 * the items identically (whatever the label values), about 0 for independent random labelings, negative when
 * they agree less than chance. Every label value, noise (-1) included, counts as one group.
 */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length !== b.length) {
    throw new RangeError(
      `adjustedRandIndex: ${a.length} and ${b.length} labels do not describe the same items`,
    );
  }
  const n = a.length;
  const pairCounts = new Map<string, number>();
  const rowCounts = new Map<number | string, number>();
  const columnCounts = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    // JSON keeps 1 and "1" apart, so number and string labels never collide in the contingency table.
    const key = JSON.stringify([x, y]);
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    rowCounts.set(x, (rowCounts.get(x) ?? 0) + 1);
    columnCounts.set(y, (columnCounts.get(y) ?? 0) + 1);
  }
  const pairs = (count: number): number => (count * (count - 1)) / 2;
  let index = 0;
  for (const count of pairCounts.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rowCounts.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columnCounts.values()) columnPairs += pairs(count);
  const total = pairs(n);
  const expected = total === 0 ? 0 : (rowPairs * columnPairs) / total;
  const maximum = (rowPairs + columnPairs) / 2;
  // Both labelings put everything in one group (or every item alone): they agree perfectly.
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
