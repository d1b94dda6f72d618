/**
 * How hard NN-descent searches, by the number of rows: the slack (neighbours kept per row beyond the k
 * asked for, returned as the closest k) and the candidates joined per row and iteration. Both grow with
 * log₁₀ of the rows from their 10,000-row values to their 100,000-row values, then stay.
 *
 * Why grow: recall falls with the size of the data's densest homogeneous regions, and large data sets have
 * large ones. On the benchmark's hardest case (isotropic Gaussian clusters in 384-d), the 10,000-row values
 * give recall 0.975 at 10,000 rows but 0.67 at 100,000 (10,000-row clusters); the 100,000-row values give
 * 0.92 there (see the README's kNN benchmark). Wider lists feed the joins more neighbours of neighbours,
 * and a true neighbour found late still has a slot to land in. pynndescent grows its trees and iterations
 * with the rows for the same reason.
 *
 * Why these values: at 10,000 rows, 6 slack and 40 candidates give recall 0.975 for ~15% less time than 60
 * candidates (0.985); fewer lose recall on full-rank noise. At 100,000 rows, measured over slack 16–46 and
 * candidates 40–100 on 10,000-row clusters: 32 and 60 reach 0.92 for the least time; 26 and 60 just 0.89.
 */
export interface SearchEffort {
  readonly slack: number;
  readonly candidates: number;
}

const SMALL = { rows: 10000, slack: 6, candidates: 40 } as const;
const LARGE = { rows: 100000, slack: 32, candidates: 60 } as const;

export function searchEffort(rows: number): SearchEffort {
  const position = Math.log10(Math.max(rows, 1) / SMALL.rows) / Math.log10(LARGE.rows / SMALL.rows);
  const t = Math.min(1, Math.max(0, position));
  return {
    slack: Math.round(SMALL.slack + t * (LARGE.slack - SMALL.slack)),
    candidates: Math.round(SMALL.candidates + t * (LARGE.candidates - SMALL.candidates)),
  };
}
