/**
 * Search over the items' texts and labels: a case-insensitive substring, or a regular expression. Pure, so
 * the end-to-end test can compare the plot's matches with its own regex run.
 */

/** A compiled query, or why it could not be compiled (shown to the user, e.g. an unclosed group). */
export type Matcher =
  | { readonly ok: true; readonly empty: boolean; readonly test: (value: string) => boolean }
  | { readonly ok: false; readonly error: string };

/**
 * Compiles `query`. Substring search ignores case in every script (`toLocaleLowerCase` with no locale folds
 * Cyrillic too); a regex is compiled with the `iu` flags so `.` and classes see whole code points.
 */
export function compileMatcher(query: string, regex: boolean): Matcher {
  if (query === '') return { ok: true, empty: true, test: () => false };
  if (!regex) {
    const needle = query.toLocaleLowerCase();
    return { ok: true, empty: false, test: (value) => value.toLocaleLowerCase().includes(needle) };
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(query, 'iu');
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  // No `g` flag: `test` keeps no lastIndex state between items.
  return { ok: true, empty: false, test: (value) => pattern.test(value) };
}

/** Indices of the items whose text or label matches, ascending. An empty query matches nothing. */
export function findMatches(
  texts: readonly string[],
  labels: readonly (string | null)[],
  matcher: Matcher,
): Int32Array {
  if (!matcher.ok || matcher.empty) return new Int32Array(0);
  const found = new Int32Array(texts.length);
  let count = 0;
  for (let i = 0; i < texts.length; i++) {
    const label = labels[i] ?? null;
    if (matcher.test(texts[i] ?? '') || (label !== null && matcher.test(label))) found[count++] = i;
  }
  return found.slice(0, count);
}
