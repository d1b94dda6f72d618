/**
 * A copy of `text` that does not keep the string it was cut from alive. V8 represents `big.slice(a, b)` as a
 * view into `big`, so one 100-character cell kept from an 8 MB chunk keeps all 8 MB: a sample of 100,000 rows
 * spread over a 1 GB file would keep the whole file. Prefixing a space makes a rope; reading a character
 * flattens it into a fresh string, and the slice after the space is a view into that small copy only.
 */
export function detached(text: string): string {
  const copy = ` ${text}`;
  copy.charCodeAt(1);
  return copy.slice(1);
}

/** A row whose cells are all {@link detached}. */
export function detachedRow(row: readonly string[]): string[] {
  return row.map(detached);
}
