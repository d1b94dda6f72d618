import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import { hasWordHyphen, parseAnalogyExpression, type AnalogyTerm } from './analogy-expression';
import { resolveAnalogySpace, type AnalogySpace } from './analogy-space';
import { analogyTarget, cosine, cosineScores, difference, rowOf, unitVector } from './analogy-vectors';
import { rankOf, topCandidates } from './candidate-ranking';
import { textIndex } from './text-index';

/**
 * Parses the expression and finds its terms' space. `king-man+woman` first reads as the word `king-man`; when
 * that reading names words the space lacks and reading every hyphen as a minus finds them all, the second
 * reading wins (otherwise the first reading's error stands: it names what the user actually typed).
 */
async function termsAndSpace(
  context: AnalysisContext,
  input: CoreInput<'solveAnalogy'>,
): Promise<{ terms: AnalogyTerm[]; space: AnalogySpace }> {
  const terms = parseAnalogyExpression(input.expression);
  try {
    return { terms, space: await resolveAnalogySpace(context, input.embedderId, input.mapId, terms) };
  } catch (error) {
    if (
      !(error instanceof StudioError) ||
      error.code !== 'out-of-vocabulary' ||
      !hasWordHyphen(input.expression)
    )
      throw error;
    let split: AnalogyTerm[];
    try {
      split = parseAnalogyExpression(input.expression, { hyphenIsMinus: true });
    } catch {
      throw error;
    }
    try {
      return {
        terms: split,
        space: await resolveAnalogySpace(context, input.embedderId, input.mapId, split),
      };
    } catch {
      throw error;
    }
  }
}

/**
 * `offsetCosine`: for `a − b + c` with answer d, the cosine of a − b and d − c on unit vectors (the vectors the
 * answer was found with). 1 means the parallelogram closes exactly in the original space.
 */
function offsetCosineOf(
  terms: readonly AnalogyTerm[],
  space: AnalogySpace,
  answerRow: number | undefined,
): number | null {
  const shape = terms.map((term) => term.sign).join(',');
  if (shape !== '1,-1,1' || answerRow === undefined) return null;
  const [a, b, c] = space.termVectors.map((vector) => unitVector(vector));
  if (a === undefined || b === undefined || c === undefined) return null;
  const d = unitVector(rowOf(space.matrix, answerRow));
  return cosine(difference(a, b), difference(d, c));
}

/**
 * Solves an analogy (see the contract's `solveAnalogy`): the target is the signed sum of the terms' unit
 * vectors, and every candidate is scored by its cosine with it. The terms themselves are left out when asked.
 */
export async function solveAnalogy(
  context: AnalysisContext,
  input: CoreInput<'solveAnalogy'>,
): Promise<CoreOutput<'solveAnalogy'>> {
  const { terms, space } = await termsAndSpace(context, input);
  const target = analogyTarget(
    space.termVectors,
    terms.map((term) => term.sign),
  );
  const scores = cosineScores(space.matrix, target);
  const excluded = new Set<number>();
  if (input.excludeInputs) {
    for (const term of terms) {
      const row = space.find(term.text);
      if (row !== undefined) excluded.add(row);
    }
  }
  const top = topCandidates(scores, input.k, excluded);
  const onMap = input.mapId === null ? null : textIndex(context.maps.result(input.mapId).texts);
  const answers = top.map(({ index, score }) => {
    const text = space.textOf(index);
    const item = space.searchedIn === 'map' ? index : (onMap?.find(text) ?? null);
    return { text, score, index: item };
  });
  let expected: CoreOutput<'solveAnalogy'>['expected'] = null;
  if (input.expected !== null) {
    const row = space.find(input.expected);
    expected =
      row === undefined
        ? { text: input.expected, rank: null, score: null }
        : { text: space.textOf(row), rank: rankOf(scores, row, excluded), score: scores[row] ?? null };
  }
  return {
    terms: terms.map((term) => ({ text: term.text, sign: term.sign })),
    searchedIn: space.searchedIn,
    answers,
    expected,
    offsetCosine: offsetCosineOf(terms, space, top[0]?.index),
  };
}
