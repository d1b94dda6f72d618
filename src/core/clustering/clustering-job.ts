import type { CoreInput } from '../../shared/contract';
import type { AnalysisContext } from '../analysis/analysis-context';
import type { JobControl, JobSuccess } from '../jobs/job-registry';

/** Clusters a map's items in the original space as a job ending with `clusters`. */
export function runClustering(
  _context: AnalysisContext,
  _input: CoreInput<'startClustering'>,
  _control: JobControl,
): Promise<JobSuccess> {
  return Promise.reject(new Error('clustering is not built yet'));
}
