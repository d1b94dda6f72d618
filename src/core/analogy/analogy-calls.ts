import type { CoreInput, CoreOutput } from '../../shared/contract';
import type { AnalysisContext } from '../analysis/analysis-context';
import type { JobControl, JobSuccess } from '../jobs/job-registry';

/** Solves `a − b + c` (see the contract's `solveAnalogy`). */
export function solveAnalogy(
  _context: AnalysisContext,
  _input: CoreInput<'solveAnalogy'>,
): Promise<CoreOutput<'solveAnalogy'>> {
  return Promise.reject(new Error('solveAnalogy is not built yet'));
}

/** Evaluates an embedder on a question file as a job ending with `analogy-report`. */
export function runAnalogyEvaluation(
  _context: AnalysisContext,
  _input: CoreInput<'startAnalogyEvaluation'>,
  _control: JobControl,
): Promise<JobSuccess> {
  return Promise.reject(new Error('analogy evaluation is not built yet'));
}
