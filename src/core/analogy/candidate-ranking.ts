/**
 * Ranking of analogy candidates from one score per candidate (cosine with the target; higher is better). Ties
 * go to the lower index: vocabularies list the most frequent word first, maps their items in file order, so
 * the answer is deterministic and matches what a stable sort by score would give.
 */

/** A candidate and its score. */
export interface RankedCandidate {
  readonly index: number;
  readonly score: number;
}

/** Whether `a` (score, index) ranks before `b`. */
function ranksBefore(scoreA: number, indexA: number, scoreB: number, indexB: number): boolean {
  return scoreA > scoreB || (scoreA === scoreB && indexA < indexB);
}

/** The best `k` candidates, best first, leaving out `excluded` and scores that are not numbers. */
export function topCandidates(
  scores: Float32Array | Float64Array,
  k: number,
  excluded: ReadonlySet<number>,
): RankedCandidate[] {
  const best: RankedCandidate[] = [];
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index] ?? Number.NaN;
    if (Number.isNaN(score) || excluded.has(index)) continue;
    const last = best[best.length - 1];
    if (best.length === k && last !== undefined && !ranksBefore(score, index, last.score, last.index))
      continue;
    // Insertion into a short sorted list: k is at most a few hundred, and most rows fail the test above.
    let at = best.length;
    while (at > 0 && ranksBefore(score, index, best[at - 1]?.score ?? 0, best[at - 1]?.index ?? 0)) at--;
    best.splice(at, 0, { index, score });
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * The 1-based rank `index` would have in the full ordering of the candidates (excluded ones left out), or null
 * when it is excluded or has no score.
 */
export function rankOf(
  scores: Float32Array | Float64Array,
  index: number,
  excluded: ReadonlySet<number>,
): number | null {
  const score = scores[index] ?? Number.NaN;
  if (Number.isNaN(score) || excluded.has(index)) return null;
  let rank = 1;
  for (let other = 0; other < scores.length; other++) {
    if (other === index || excluded.has(other)) continue;
    const otherScore = scores[other] ?? Number.NaN;
    if (!Number.isNaN(otherScore) && ranksBefore(otherScore, other, score, index)) rank++;
  }
  return rank;
}
