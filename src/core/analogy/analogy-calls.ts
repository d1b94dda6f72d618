import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl, JobSuccess } from '../jobs/job-registry';
import { evaluateAnalogies } from './analogy-evaluation';
import { vocabularyOf } from './analogy-space';
import { parseQuestionFile } from './question-file';
import { solveAnalogy as solve } from './solve-analogy';

/** Solves `a − b + c` (see the contract's `solveAnalogy`). */
export function solveAnalogy(
  context: AnalysisContext,
  input: CoreInput<'solveAnalogy'>,
): Promise<CoreOutput<'solveAnalogy'>> {
  return solve(context, input);
}

/** Evaluates an embedder on a question file as a job ending with `analogy-report`. */
export async function runAnalogyEvaluation(
  context: AnalysisContext,
  input: CoreInput<'startAnalogyEvaluation'>,
  control: JobControl,
): Promise<JobSuccess> {
  const vocabulary = vocabularyOf(context.embedders.get(input.embedderId));
  if (vocabulary === null) {
    throw new StudioError(
      'no-vocabulary',
      `The embedder ${input.embedderId} has no vocabulary of words; analogy files are evaluated on word vectors (a loaded file or vectors trained here).`,
      { embedderId: input.embedderId },
    );
  }
  control.progress('prepare', 0);
  const file = parseQuestionFile(input.bytes, input.fileName);
  const cooperation = new Cooperation(control.signal);
  await cooperation.checkpoint();
  const report = await evaluateAnalogies(vocabulary, file, cooperation, (done, total) => {
    control.progress('evaluate', total === 0 ? 1 : done / total, { done, total });
  });
  return { type: 'analogy-report', report };
}
