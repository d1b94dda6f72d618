import type { CoreInput, CoreOutput } from '../../shared/contract';
import type { AnalysisContext } from '../analysis/analysis-context';

/** Aligns two maps of the same items and scores their neighbourhood overlap. */
export function compareMaps(
  _context: AnalysisContext,
  _input: CoreInput<'compareMaps'>,
): Promise<CoreOutput<'compareMaps'>> {
  return Promise.reject(new Error('map comparison is not built yet'));
}

/** Pairwise similarities of chosen items of a map. */
export function similarityMatrix(
  _context: AnalysisContext,
  _input: CoreInput<'similarityMatrix'>,
): Promise<CoreOutput<'similarityMatrix'>> {
  return Promise.reject(new Error('the similarity matrix is not built yet'));
}
