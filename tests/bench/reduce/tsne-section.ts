import { fileURLToPath } from 'node:url';
import { runCaseScript, tableRow } from './run-case';
import type { TsneCaseResult } from './tsne-bench-case';

const SCRIPT = fileURLToPath(new URL('./tsne-bench-case.ts', import.meta.url));
/**
 * Seconds a peer may run per case: keeps each case near the two-minute bound of a shared machine. The exact
 * peer finishes about half its iterations at 2,000 rows; at 10,000 its N² set-up alone takes most of it.
 */
const PEER_BUDGET_SECONDS = 90;
const WIDTHS = [16, 11, 8, 6, 10, 9, 7, 7];

/** The peers, fastest first: Barnes–Hut in WebAssembly, then the exact typed port of tSNEJS. */
const PEERS = [
  // Five minutes: enough for the Barnes–Hut peer to finish, or nearly, at 10,000 rows on a quiet machine.
  { impl: 'wasm-bhtsne', name: 'wasm-bhtsne', budgetSeconds: 300 },
  { impl: 'keckelt', name: '@keckelt/tsne', budgetSeconds: PEER_BUDGET_SECONDS },
] as const;

/** Runs the t-SNE cases (ours vs wasm-bhtsne and @keckelt/tsne at 2,000 and 10,000 rows); prints a table. */
export function runTsneSection(): string[] {
  console.log('');
  console.log(
    't-SNE 2D, perplexity 30, 1,000 iterations; ours and wasm-bhtsne Barnes–Hut (θ 0.5, one thread), ' +
      '@keckelt/tsne exact (O(N²))',
  );
  console.log(
    'trust/cont = trustworthiness/continuity k=15 on ≤ 2,000 random rows; full s = 1,000 iterations',
  );
  console.log(tableRow(['data', 'impl', 'time s', 'iters', 'full s', 'peak RSS', 'trust', 'cont'], WIDTHS));
  const summary: string[] = [];
  for (const data of ['synthetic-2000', 'synthetic-10000']) {
    const results = new Map<string, TsneCaseResult>();
    const runs = [{ impl: 'ours', budgetSeconds: PEER_BUDGET_SECONDS }, ...PEERS];
    for (const { impl, budgetSeconds } of runs) {
      const result = runCaseScript(SCRIPT, [impl, data, String(budgetSeconds)]) as TsneCaseResult;
      results.set(impl, result);
      const extrapolated = result.iterations < 1000 ? '*' : '';
      console.log(
        tableRow(
          [
            data,
            impl,
            result.seconds.toFixed(2),
            String(result.iterations),
            `${result.fullSeconds.toFixed(1)}${extrapolated}`,
            result.maxRssMiB.toFixed(0),
            result.trust.toFixed(4),
            result.continuity.toFixed(4),
          ],
          WIDTHS,
        ),
      );
    }
    const ours = results.get('ours');
    if (ours === undefined) continue;
    for (const { impl, name } of PEERS) {
      const peer = results.get(impl);
      if (peer === undefined) continue;
      summary.push(
        `t-SNE ${data}: ${(peer.fullSeconds / ours.fullSeconds).toFixed(2)}× faster than ${name}` +
          `${peer.iterations < 1000 ? ' (its time extrapolated from the iterations run, marked *)' : ''}, ` +
          `${(peer.maxRssMiB / ours.maxRssMiB).toFixed(2)}× less peak RSS, trust ` +
          `${ours.trust.toFixed(4)} vs ${peer.trust.toFixed(4)}`,
      );
    }
  }
  return summary;
}
