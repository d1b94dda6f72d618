import { describe, expect, it } from 'vitest';
import { MAX_ANALOGY_FAILURES } from '../../../src/shared/contract';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { recordJobEvents } from '../support/job-events';
import { bareCore } from '../support/map-runner';
import { loadRoyal } from './royal-vectors';

/**
 * Questions on the royal vocabulary (see royal-vectors.ts), whose answers follow from its construction:
 * man : king :: woman : queen holds exactly; man : woman :: king : queen too (king − man + woman again);
 * woman : queen :: man : king likewise. Asking for `prince` where queen is the best answer fails. Questions
 * with a word outside the vocabulary are not covered.
 */
const QUESTIONS = [
  ': royal',
  'man king woman queen',
  'MAN WOMAN KING QUEEN',
  'woman queen man king',
  'man king woman prince',
  ': out',
  'man king dragon queen',
  'man king woman unicorn',
  'three words only',
  ': mixed',
  'man woman king queen',
  'man king woman dragon',
].join('\n');

async function evaluate(text: string, embedderId?: string) {
  const core = bareCore();
  const id = embedderId ?? (await loadRoyal(core));
  const events = recordJobEvents(core);
  const { jobId } = await core.startAnalogyEvaluation({
    embedderId: id,
    fileName: 'q.txt',
    bytes: utf8(text),
  });
  return events.until(jobId);
}

describe('analogy evaluation', () => {
  it('counts covered and correct questions per section and lists the failures', async () => {
    const events = await evaluate(QUESTIONS);
    const end = events.at(-1);
    if (end?.type !== 'analogy-report') throw new Error(`ended with ${JSON.stringify(end)}`);
    const { report } = end;
    expect(
      report.sections.map(({ name, total, covered, correct }) => [name, total, covered, correct]),
    ).toEqual([
      ['royal', 4, 4, 3],
      ['out', 2, 0, 0],
      ['mixed', 2, 1, 1],
    ]);
    expect(report).toMatchObject({ total: 8, covered: 5, correct: 4, accuracy: 4 / 5, malformedLines: 1 });
    expect(report.sections[1]?.accuracy).toBe(0);
    expect(report.failures).toEqual([
      { section: 'royal', question: ['man', 'king', 'woman', 'prince'], answer: 'queen' },
    ]);
    const progress = events.filter((event) => event.type === 'progress' && event.stage === 'evaluate');
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 });
  });

  it('keeps at most MAX_ANALOGY_FAILURES failures', async () => {
    const wrong = Array.from({ length: MAX_ANALOGY_FAILURES + 5 }, () => 'man king woman apple');
    const end = (await evaluate([': many', ...wrong].join('\n'))).at(-1);
    if (end?.type !== 'analogy-report') throw new Error(`ended with ${JSON.stringify(end)}`);
    expect(end.report.covered).toBe(MAX_ANALOGY_FAILURES + 5);
    expect(end.report.correct).toBe(0);
    expect(end.report.failures).toHaveLength(MAX_ANALOGY_FAILURES);
  });

  it('fails the job with malformed-questions for a file without questions', async () => {
    const end = (await evaluate('nothing here\n')).at(-1);
    expect(end).toMatchObject({ type: 'failed', error: { code: 'malformed-questions' } });
  });

  it('refuses an embedder without a vocabulary', async () => {
    const end = (await evaluate(QUESTIONS, 'tfidf-svd')).at(-1);
    expect(end).toMatchObject({ type: 'failed', error: { code: 'no-vocabulary' } });
  });

  it('stops with cancelled when cancelled', async () => {
    const core = bareCore();
    const embedderId = await loadRoyal(core);
    const events = recordJobEvents(core);
    const many = Array.from({ length: 50_000 }, () => 'man king woman queen');
    const { jobId } = await core.startAnalogyEvaluation({
      embedderId,
      fileName: 'q.txt',
      bytes: utf8([': many', ...many].join('\n')),
    });
    await core.cancelJob({ jobId });
    expect((await events.until(jobId)).at(-1)).toMatchObject({ type: 'cancelled' });
    await expectStudioError(() => core.cancelJob({ jobId: 'job-none' }), 'unknown-job');
  });
});
