/**
 * How many rows repeat an earlier row's text in `column` (trimmed; empty cells are not texts), so the user
 * can be offered to merge them: duplicates pile up on one spot of a map and skew its density.
 */
export function countDuplicateTexts(rows: readonly (readonly string[])[], column: number): number {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const row of rows) {
    const text = (row[column] ?? '').trim();
    if (text === '') continue;
    if (seen.has(text)) duplicates++;
    else seen.add(text);
  }
  return duplicates;
}
