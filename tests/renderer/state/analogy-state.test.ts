import { describe, expect, it } from 'vitest';
import type { AnalogyReport } from '../../../src/shared/contract';
import {
  analogyDrawing,
  INITIAL_ANALOGY_STATE,
  itemOf,
  reduceAnalogy,
  type AnalogySolution,
  type AnalogyState,
} from '../../../src/renderer/src/state/analogy-state';

const SOLUTION: AnalogySolution = {
  terms: [
    { text: 'king', sign: 1 },
    { text: 'man', sign: -1 },
    { text: 'woman', sign: 1 },
  ],
  searchedIn: 'vocabulary',
  answers: [
    { text: 'queen', score: 0.9, index: 3 },
    { text: 'prince', score: 0.8, index: null },
  ],
  expected: null,
  offsetCosine: 0.93,
};

const REPORT: AnalogyReport = {
  total: 4,
  covered: 2,
  correct: 1,
  accuracy: 0.5,
  sections: [{ name: 's', total: 4, covered: 2, correct: 1, accuracy: 0.5 }],
  failures: [],
  malformedLines: 0,
};

function apply(state: AnalogyState, ...actions: Parameters<typeof reduceAnalogy>[1][]): AnalogyState {
  return actions.reduce(reduceAnalogy, state);
}

describe('analogyDrawing', () => {
  it('draws b → a and c → answer on the map items, the second labelled', () => {
    const drawing = analogyDrawing(SOLUTION, ['Man', 'woman', 'king', 'queen'], 'cos 0.93');
    expect(drawing).toEqual({
      annotations: {
        arrows: [
          { from: 0, to: 2, label: '' },
          { from: 1, to: 3, label: 'cos 0.93' },
        ],
        tags: [],
      },
      missing: [],
      parallelogram: true,
    });
  });

  it('lists the words not on the map and draws nothing then', () => {
    const answerOff = { ...SOLUTION, answers: [{ text: 'queen', score: 0.9, index: null }] };
    expect(analogyDrawing(answerOff, ['king', 'woman'], '')).toEqual({
      annotations: null,
      missing: ['man', 'queen'],
      parallelogram: true,
    });
  });

  it('draws no parallelogram for other shapes of expression', () => {
    const twoTerms = { ...SOLUTION, terms: SOLUTION.terms.slice(0, 2) };
    expect(analogyDrawing(twoTerms, ['king', 'man'], '')).toEqual({
      annotations: null,
      missing: [],
      parallelogram: false,
    });
  });

  it('finds items exactly first, then ignoring case', () => {
    expect(itemOf(['King', 'king '], 'king')).toBe(1);
    expect(itemOf(['King'], 'KING')).toBe(0);
    expect(itemOf(['King'], 'queen')).toBeNull();
  });
});

describe('reduceAnalogy', () => {
  it('keeps a solution and replaces it by the error of a failed solve', () => {
    const solved = apply(
      INITIAL_ANALOGY_STATE,
      { type: 'solve-start' },
      { type: 'solved', solved: { mapId: 'm', output: SOLUTION } },
    );
    expect(solved.solving).toBe(false);
    expect(solved.solved?.output).toBe(SOLUTION);
    const error = { code: 'out-of-vocabulary' as const, message: 'No.', params: { words: 'x' } };
    const failed = apply(solved, { type: 'solve-start' }, { type: 'solve-failed', error });
    expect(failed).toMatchObject({ solved: null, solveError: error, solving: false });
  });

  it('keeps the report an evaluation ends with, named by its file, until the next one replaces it', () => {
    const reported = apply(
      INITIAL_ANALOGY_STATE,
      { type: 'evaluate-start' },
      {
        type: 'evaluation-ended',
        fileName: 'q.txt',
        end: { type: 'analogy-report', jobId: 'j', report: REPORT },
      },
    );
    expect(reported.report).toEqual({ fileName: 'q.txt', report: REPORT });
    expect(apply(reported, { type: 'evaluate-start' }).report).toEqual({ fileName: 'q.txt', report: REPORT });
  });

  it('marks a cancelled evaluation until the next starts, and leaves a failed one to the error report', () => {
    const cancelled = apply(INITIAL_ANALOGY_STATE, {
      type: 'evaluation-ended',
      fileName: 'q.txt',
      end: { type: 'cancelled', jobId: 'j' },
    });
    expect(cancelled).toMatchObject({ cancelled: true, report: null });
    expect(apply(cancelled, { type: 'evaluate-start' }).cancelled).toBe(false);
    const failure = { code: 'malformed-questions' as const, message: 'No questions.' };
    const failed = reduceAnalogy(INITIAL_ANALOGY_STATE, {
      type: 'evaluation-ended',
      fileName: 'q.txt',
      end: { type: 'failed', jobId: 'j', error: failure },
    });
    expect(failed).toBe(INITIAL_ANALOGY_STATE);
  });
});
