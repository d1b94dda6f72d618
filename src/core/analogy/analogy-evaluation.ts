import { MAX_ANALOGY_FAILURES, type AnalogyReport } from '../../shared/contract';
import type { Cooperation } from '../jobs/cooperation';
import type { WordVectors } from '../embedders/word-vectors/word-vectors';
import type { QuestionFile } from './question-file';
import { unitKernelRows, type UnitKernelRows } from './unit-kernel-rows';

/**
 * Candidate distances per batch (~10 ms with the SIMD kernel on one core): short enough that a cancel is
 * answered within a cooperation slice, long enough that yielding costs nothing noticeable.
 */
const DISTANCES_PER_BATCH = 1_000_000;

/** The covered questions as rows of the vocabulary, flattened for the batched search. */
interface CoveredQuestions {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly c: Int32Array;
  readonly d: Int32Array;
  readonly section: Int32Array;
  readonly count: number;
}

function coveredQuestions(vectors: WordVectors, file: QuestionFile): CoveredQuestions {
  const total = file.sections.reduce((sum, section) => sum + section.questions.length, 0);
  const rows = [new Int32Array(total), new Int32Array(total), new Int32Array(total), new Int32Array(total)];
  const section = new Int32Array(total);
  let count = 0;
  file.sections.forEach((entry, sectionIndex) => {
    for (const question of entry.questions) {
      const found = question.map((word) => vectors.rowOf(word));
      if (found.some((row) => row === undefined)) continue;
      found.forEach((row, slot) => {
        const column = rows[slot];
        if (column !== undefined) column[count] = row ?? -1;
      });
      section[count] = sectionIndex;
      count++;
    }
  });
  const [a = new Int32Array(0), b = new Int32Array(0), c = new Int32Array(0), d = new Int32Array(0)] = rows;
  return { a, b, c, d, section, count };
}

/**
 * For questions [start, end): the row with the highest cosine to b − a + c among all rows but a, b and c
 * (3CosAdd on unit vectors), found as the unit row nearest to the target (see {@link UnitKernelRows}). The
 * target of question q is written into the extra row `rows + q`. Ties keep the lower row (the more frequent
 * word); rows of zero length are never answers.
 */
function answerBatch(
  space: UnitKernelRows,
  rows: number,
  dimension: number,
  questions: CoveredQuestions,
  start: number,
  end: number,
  answers: Int32Array,
): void {
  const { data, stride, zero } = space;
  for (let q = start; q < end; q++) {
    const a = questions.a[q] ?? 0;
    const b = questions.b[q] ?? 0;
    const c = questions.c[q] ?? 0;
    const target = rows + q;
    for (let i = 0; i < dimension; i++) {
      data[target * stride + i] =
        (data[b * stride + i] ?? 0) - (data[a * stride + i] ?? 0) + (data[c * stride + i] ?? 0);
    }
    let best = Number.POSITIVE_INFINITY;
    let bestRow = -1;
    for (let row = 0; row < rows; row++) {
      const distance = space.distance(target, row);
      if (distance < best && row !== a && row !== b && row !== c && zero[row] === 0) {
        best = distance;
        bestRow = row;
      }
    }
    answers[q] = bestRow;
  }
}

function sectionReports(
  file: QuestionFile,
  questions: CoveredQuestions,
  answers: Int32Array,
): AnalogyReport['sections'] {
  const sections = file.sections.map((section) => ({
    name: section.name,
    total: section.questions.length,
    covered: 0,
    correct: 0,
    accuracy: 0,
  }));
  for (let q = 0; q < questions.count; q++) {
    const section = sections[questions.section[q] ?? 0];
    if (section === undefined) continue;
    section.covered++;
    if (answers[q] === questions.d[q]) section.correct++;
  }
  for (const section of sections)
    section.accuracy = section.covered === 0 ? 0 : section.correct / section.covered;
  return sections;
}

function failuresOf(
  vectors: WordVectors,
  file: QuestionFile,
  questions: CoveredQuestions,
  answers: Int32Array,
): AnalogyReport['failures'] {
  const failures: AnalogyReport['failures'] = [];
  const word = (row: number | undefined): string => vectors.words[row ?? -1] ?? '';
  for (let q = 0; q < questions.count && failures.length < MAX_ANALOGY_FAILURES; q++) {
    if (answers[q] === questions.d[q]) continue;
    failures.push({
      section: file.sections[questions.section[q] ?? 0]?.name ?? '',
      question: [word(questions.a[q]), word(questions.b[q]), word(questions.c[q]), word(questions.d[q])],
      answer: word(answers[q]),
    });
  }
  return failures;
}

/**
 * Evaluates word vectors on parsed analogy questions, by the convention of word2vec's `compute-accuracy` and
 * gensim: questions lower-cased, skipped when any of their four words is outside the vocabulary, the three
 * question words excluded from the answers, cosine on unit-normalised vectors. Yields between batches and
 * reports `(done, total)` covered questions.
 */
export async function evaluateAnalogies(
  vectors: WordVectors,
  file: QuestionFile,
  cooperation: Cooperation,
  onProgress: (done: number, total: number) => void,
): Promise<AnalogyReport> {
  const questions = coveredQuestions(vectors, file);
  const space = unitKernelRows(vectors, questions.count);
  const answers = new Int32Array(questions.count);
  const batch = Math.max(1, Math.floor(DISTANCES_PER_BATCH / Math.max(1, vectors.rows)));
  for (let start = 0; start < questions.count; start += batch) {
    const end = Math.min(questions.count, start + batch);
    answerBatch(space, vectors.rows, vectors.dimension, questions, start, end, answers);
    onProgress(end, questions.count);
    await cooperation.checkpoint();
  }
  const sections = sectionReports(file, questions, answers);
  const total = sections.reduce((sum, section) => sum + section.total, 0);
  const covered = sections.reduce((sum, section) => sum + section.covered, 0);
  const correct = sections.reduce((sum, section) => sum + section.correct, 0);
  return {
    total,
    covered,
    correct,
    accuracy: covered === 0 ? 0 : correct / covered,
    sections,
    failures: failuresOf(vectors, file, questions, answers),
    malformedLines: file.malformedLines,
  };
}
