import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalogyReport } from '../../../src/shared/contract';
import { recordJobEvents } from '../support/job-events';
import { bareCore } from '../support/map-runner';

/** Real data from the shared folder beside the repository (see ../shared/data/README.md); absent in a user's clone. */
const DATA = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data');
const GLOVE = resolve(DATA, 'glove-twitter-25d-11925w.txt');
const QUESTIONS = resolve(DATA, 'questions-words.txt');
const present = existsSync(GLOVE) && existsSync(QUESTIONS);
if (!present) console.warn(`Skipping the GloVe analogy check: ${GLOVE} or ${QUESTIONS} is absent.`);

interface Reference {
  covered: number;
  correct: number;
  perSection: Map<string, { covered: number; correct: number }>;
}

/**
 * An independent, plain reference: its own parsing of both files, float64 unit vectors, and a brute-force
 * argmax of cos(x, b − a + c) over the whole vocabulary with a, b and c left out. Nothing from src/ is used.
 */
function referenceEvaluation(): Reference {
  const words: string[] = [];
  const unit: Float64Array[] = [];
  for (const line of readFileSync(GLOVE, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts.length < 2) continue;
    const values = parts.slice(1).map(Number);
    const length = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));
    words.push(parts[0] ?? '');
    unit.push(Float64Array.from(values, (v) => (length === 0 ? 0 : v / length)));
  }
  const row = new Map(words.map((word, i) => [word, i]));
  const reference: Reference = { covered: 0, correct: 0, perSection: new Map() };
  let section = '';
  for (const line of readFileSync(QUESTIONS, 'utf8').split('\n')) {
    if (line.startsWith(':')) {
      section = line.slice(1).trim();
      reference.perSection.set(section, { covered: 0, correct: 0 });
      continue;
    }
    const question = line.trim().toLowerCase().split(/\s+/);
    if (question.length !== 4) continue;
    const rows = question.map((word) => row.get(word));
    const [a, b, c, d] = rows;
    if (a === undefined || b === undefined || c === undefined || d === undefined) continue;
    const [ua, ub, uc] = [unit[a], unit[b], unit[c]];
    if (ua === undefined || ub === undefined || uc === undefined) continue;
    const target = ub.map((v, i) => v - (ua[i] ?? 0) + (uc[i] ?? 0));
    let best = -Infinity;
    let answer = -1;
    unit.forEach((vector, candidate) => {
      if (candidate === a || candidate === b || candidate === c) return;
      let dot = 0;
      for (let i = 0; i < vector.length; i++) dot += (vector[i] ?? 0) * (target[i] ?? 0);
      if (dot > best) {
        best = dot;
        answer = candidate;
      }
    });
    const entry = reference.perSection.get(section) ?? { covered: 0, correct: 0 };
    entry.covered++;
    reference.covered++;
    if (answer === d) {
      entry.correct++;
      reference.correct++;
    }
  }
  return reference;
}

describe.skipIf(!present)('analogies on GloVe Twitter 25-d (shared data)', () => {
  it('agree with a plain float64 reference on covered and correct, and king − man + woman has queen', async () => {
    const core = bareCore();
    const { embedder } = await core.loadWordVectors({
      fileName: 'glove-twitter-25d-11925w.txt',
      bytes: readFileSync(GLOVE),
      maxWords: null,
      lenient: false,
    });
    const events = recordJobEvents(core);
    const { jobId } = await core.startAnalogyEvaluation({
      embedderId: embedder.id,
      fileName: 'questions-words.txt',
      bytes: readFileSync(QUESTIONS),
    });
    const end = (await events.until(jobId)).at(-1);
    if (end?.type !== 'analogy-report') throw new Error(`ended with ${JSON.stringify(end)}`);
    const report: AnalogyReport = end.report;
    const reference = referenceEvaluation();
    console.log(
      `GloVe 25-d analogies: core ${report.correct}/${report.covered} = ${(100 * report.accuracy).toFixed(2)}% ` +
        `of ${report.total} questions; reference ${reference.correct}/${reference.covered} = ` +
        `${((100 * reference.correct) / reference.covered).toFixed(2)}%`,
    );
    expect(report.total).toBe(19_544);
    expect(report.covered).toBe(reference.covered);
    // Float32 storage against float64 may flip a near-tie or two.
    expect(Math.abs(report.correct - reference.correct)).toBeLessThanOrEqual(5);
    for (const section of report.sections) {
      expect(section.covered, section.name).toBe(reference.perSection.get(section.name)?.covered);
      expect(
        Math.abs(section.correct - (reference.perSection.get(section.name)?.correct ?? -99)),
      ).toBeLessThanOrEqual(5);
    }
    expect(report.sections).toHaveLength(14);

    const solved = await core.solveAnalogy({
      embedderId: embedder.id,
      expression: 'king − man + woman',
      k: 10,
      excludeInputs: true,
      expected: 'queen',
      mapId: null,
    });
    console.log(
      `king − man + woman: ${solved.answers.map((a) => `${a.text} ${a.score.toFixed(3)}`).join(', ')}`,
    );
    expect(solved.answers.map((answer) => answer.text)).toContain('queen');
    expect(solved.expected?.rank).toBeLessThanOrEqual(10);
  }, 120_000);
});
