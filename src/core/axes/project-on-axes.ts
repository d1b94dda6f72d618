import type { CoreInput, CoreOutput } from '../../shared/contract';
import type { AnalysisContext } from '../analysis/analysis-context';

/** Projects a map's items onto concept axes (see the contract's `projectOnAxes`). */
export function projectOnAxes(
  _context: AnalysisContext,
  _input: CoreInput<'projectOnAxes'>,
): Promise<CoreOutput<'projectOnAxes'>> {
  return Promise.reject(new Error('concept axes are not built yet'));
}
