/**
 * The Analogy tool's evaluation job in a real browser: a question file is evaluated as a job whose report
 * (per section) the tool shows; a file with no questions fails with one error and leaves the last report.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { mapWordsWithVectors } from './word-vectors-map';

const chromiumPath = findChromium();
const work = mkdtempSync(join(tmpdir(), 'es-analogy-evaluation-e2e-'));
/** Word vectors where king − man + woman = queen exactly (the analogy e2e test's royal family). */
const GLOVE = ['king 1 1 0 0', 'man 0 1 1 0', 'woman 0 -1 1 0', 'queen 1 -1 0 0', 'prince 1 0.5 0 0.5'];
/**
 * "a b c d" means a : b :: c : d, answered by b − a + c. One right (queen), one wrong (prince is not the
 * answer), one not covered (cat is not in the vocabulary), in two sections.
 */
const QUESTIONS = [
  ': royal',
  'man king woman queen',
  'man king woman prince',
  ': pets',
  'man king cat queen',
];

describe.skipIf(chromiumPath === undefined)('analogy evaluation in the browser', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
  }, 120_000);

  guardAppPage(() => app);

  it('evaluates a question file as a job and shows covered, correct and accuracy per section', async () => {
    const { page } = app;
    await mapWordsWithVectors(
      page,
      work,
      { file: 'royal-glove.txt', text: GLOVE.join('\n') },
      { file: 'royal-words.csv', list: ['king', 'man', 'woman', 'queen'] },
    );
    await page.locator('#tool-tab-analogy').click();
    const questions = join(work, 'questions.txt');
    writeFileSync(questions, QUESTIONS.join('\n'));
    await page.getByTestId('analogy-questions-input').setInputFiles(questions);
    const summary = page.getByTestId('analogy-summary');
    await expect.poll(() => summary.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await summary.textContent()).toContain(
      'questions.txt: 1 of 2 covered questions answered right (50.0%); 2 of 3 questions covered by the vocabulary.',
    );
    const rows = await page
      .getByTestId('analogy-sections')
      .locator('tbody tr')
      .evaluateAll((nodes) => nodes.map((node) => Array.from(node.children, (cell) => cell.textContent)));
    expect(rows).toEqual([
      ['royal', '2 / 2', '1', '50.0%'],
      ['pets', '0 / 1', '0', '0.0%'],
      ['Overall', '2 / 3', '1', '50.0%'],
    ]);
    // The job has ended: the file picker is back in place of the progress bar.
    expect(await page.getByTestId('analogy-progress').count()).toBe(0);
  });

  it('reports a file without questions once and keeps the last report', async () => {
    const { page } = app;
    const empty = join(work, 'notes.txt');
    writeFileSync(empty, 'these are notes\nnot questions\n');
    await page.getByTestId('analogy-questions-input').setInputFiles(empty);
    const alert = page.getByTestId('error-alert');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    expect(await alert.textContent()).toContain('notes.txt has no analogy questions');
    expect(await page.getByTestId('analogy-summary').textContent()).toContain('questions.txt: 1 of 2');
    await expect.poll(() => page.getByTestId('analogy-questions-input').count()).toBe(1);
  });
});
