import { fileURLToPath } from 'node:url';
import { runCaseScript, tableRow } from './run-case';
import type { TsneCaseResult } from './tsne-bench-case';

const SCRIPT = fileURLToPath(new URL('./tsne-bench-case.ts', import.meta.url));
/**
 * Seconds the exact peer may run per case: keeps each case near the two-minute bound of a shared machine.
 * At 2,000 rows it finishes about half its iterations; at 10,000 its N² set-up alone takes most of it.
 */
const PEER_BUDGET_SECONDS = 90;
const WIDTHS = [16, 8, 8, 6, 10, 9, 7, 7];

/** Runs the t-SNE cases (ours vs @keckelt/tsne at 2,000 and 10,000 rows) and prints their table. */
export function runTsneSection(): string[] {
  console.log('');
  console.log('t-SNE 2D, perplexity 30, 1,000 iterations; ours Barnes–Hut, @keckelt/tsne exact (O(N²))');
  console.log(
    'trust/cont = trustworthiness/continuity k=15 on ≤ 2,000 random rows; full s = 1,000 iterations',
  );
  console.log(tableRow(['data', 'impl', 'time s', 'iters', 'full s', 'peak RSS', 'trust', 'cont'], WIDTHS));
  const summary: string[] = [];
  for (const data of ['synthetic-2000', 'synthetic-10000']) {
    const results = new Map<string, TsneCaseResult>();
    for (const impl of ['ours', 'keckelt']) {
      const result = runCaseScript(SCRIPT, [impl, data, String(PEER_BUDGET_SECONDS)]) as TsneCaseResult;
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
    const peer = results.get('keckelt');
    if (ours === undefined || peer === undefined) continue;
    summary.push(
      `t-SNE ${data}: ${(peer.fullSeconds / ours.fullSeconds).toFixed(1)}× faster than @keckelt/tsne` +
        `${peer.iterations < 1000 ? ' (its time extrapolated from the iterations run, marked *)' : ''}, ` +
        `${(peer.maxRssMiB / ours.maxRssMiB).toFixed(2)}× less peak RSS`,
    );
  }
  return summary;
}
