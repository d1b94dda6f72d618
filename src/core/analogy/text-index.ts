/** Finds a user's text among a map's items: exactly (trimmed), then ignoring case; the first item wins. */
export interface TextIndex {
  find(text: string): number | undefined;
}

/** Indexes `texts` (a map's items) for {@link TextIndex.find}. */
export function textIndex(texts: readonly string[]): TextIndex {
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  texts.forEach((text, index) => {
    const trimmed = text.trim();
    if (!exact.has(trimmed)) exact.set(trimmed, index);
    const lower = trimmed.toLowerCase();
    if (!folded.has(lower)) folded.set(lower, index);
  });
  return {
    find: (text) => {
      const trimmed = text.trim();
      return exact.get(trimmed) ?? folded.get(trimmed.toLowerCase());
    },
  };
}
