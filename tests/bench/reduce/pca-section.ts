import { fileURLToPath } from 'node:url';
import type { PcaCaseResult } from './pca-bench-case';
import { runCaseScript, tableRow } from './run-case';

const SCRIPT = fileURLToPath(new URL('./pca-bench-case.ts', import.meta.url));
/** Issue 4's bound on how far explained variance may stray from the exact reference, relative. */
const RATIO_TOLERANCE = 1e-4;
const WIDTHS = [16, 8, 8, 8, 9, 10];

/** Largest relative difference between a result's variance ratios and the reference's. */
function worstRelativeError(result: readonly number[], reference: readonly number[]): number {
  return Math.max(...reference.map((value, i) => Math.abs((result[i] ?? 0) - value) / value));
}

/**
 * Runs the PCA cases (3 components of 10,000 and 100,000 × 384 rows: ours, scran.js's IRLBA, ml-pca at
 * 10,000 only since it takes minutes at 100,000) and prints their table with each one's agreement with the
 * exact reference.
 */
export function runPcaSection(): string[] {
  console.log('');
  console.log(
    'PCA to 3 components, 384-d; "rel err" = worst relative error of the explained-variance ratios',
  );
  console.log('against an exact reference (double-precision covariance + ml-matrix full eigendecomposition)');
  console.log(tableRow(['data', 'impl', 'time s', 'cpu s', 'peak RSS', 'rel err'], WIDTHS));
  const summary: string[] = [];
  for (const [data, peers] of [
    ['synthetic-10000', ['ours', 'scran', 'ml-pca']],
    ['synthetic-100000', ['ours', 'scran']],
  ] as const) {
    const reference = runCaseScript(SCRIPT, ['exact', data]) as PcaCaseResult;
    const results = new Map<string, PcaCaseResult>();
    for (const impl of peers) {
      const result = runCaseScript(SCRIPT, [impl, data]) as PcaCaseResult;
      results.set(impl, result);
      const error = worstRelativeError(result.ratios, reference.ratios);
      console.log(
        tableRow(
          [
            data,
            impl,
            result.seconds.toFixed(2),
            result.cpuSeconds.toFixed(2),
            result.maxRssMiB.toFixed(0),
            error.toExponential(1),
          ],
          WIDTHS,
        ),
      );
      if (error > RATIO_TOLERANCE)
        summary.push(`PCA ${data} ${impl}: explained variance off by ${error.toExponential(1)}`);
    }
    const ours = results.get('ours');
    const scran = results.get('scran');
    if (ours !== undefined && scran !== undefined)
      summary.push(
        `PCA ${data}: ours ${(scran.seconds / ours.seconds).toFixed(2)}× the speed of scran.js's runPca (CPU ${(scran.cpuSeconds / ours.cpuSeconds).toFixed(2)}×)`,
      );
  }
  return summary;
}
