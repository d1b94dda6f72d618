import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import {
  canvasImage,
  isolated,
  legendColours,
  probe,
  screenPoints2d,
  waitForPoints,
  type ProbePoints,
  type ProbeView,
  type ScreenPoint,
} from './page-helpers';
import { colourDistance, hexToRgb, pixelAt, type Rgba } from './png';
import { guardAppPage, openAppPage, type AppPage } from './app-page';

const chromiumPath = findChromium();

/** The lesson's word list (resources/lessons/data/similar-words-ru-en.csv), by group and by language. */
const ANIMALS = ['кошка', 'собака', 'мышь', 'cat', 'dog', 'rabbit'];
const TECHNOLOGY = ['компьютер', 'клавиатура', 'монитор', 'computer', 'keyboard', 'monitor'];
/** The words sample the third step maps: 96 words. */
const WORDS_SAMPLE_SIZE = 96;
/** A step may train word vectors first (about 5 s idle, far more on a busy two-core runner), then map. */
const STEP_TIMEOUT_MS = 150_000;

/** Waits until the lesson card says the step's map is ready and the points have stopped moving. */
async function waitForStep(page: Page, counter: string): Promise<void> {
  await expect.poll(() => page.getByTestId('lesson-counter').textContent()).toBe(counter);
  await page
    .locator('[data-testid="lesson-status"][data-phase="ready"]')
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await expect
    .poll(() => probe<number | null>(page, 'getTransitionProgress'), { timeout: 30_000 })
    .toBeNull();
}

/** Share of `points` whose centre pixel has their legend entry's colour. */
function shareInColour(image: Rgba, points: readonly ScreenPoint[], legend: Map<string, string>): number {
  const hits = points.filter(
    (p) => colourDistance(pixelAt(image, p.x, p.y), hexToRgb(legend.get(p.label ?? '') ?? '#ffffff')) <= 24,
  );
  return points.length === 0 ? 0 : hits.length / points.length;
}

/**
 * The drawn map agrees with what the step promised: `count` points, these labels and no others, one
 * legend colour per label, and the isolated points drawn in their label's colour on the canvas.
 */
async function expectColouredMap(
  page: Page,
  count: number,
  labels: readonly string[],
): Promise<ScreenPoint[]> {
  await waitForPoints(page, count);
  const points = await screenPoints2d(page);
  expect(new Set(points.map((p) => p.label))).toEqual(new Set(labels));
  const legend = await legendColours(page);
  expect([...legend.keys()].sort()).toEqual([...labels].sort());
  expect(new Set(legend.values()).size).toBe(labels.length);
  const bounds = await probe<ProbeView>(page, 'getView');
  const clear = isolated(points, 6, bounds);
  expect(clear.length).toBeGreaterThanOrEqual(Math.min(4, count / 3));
  expect(shareInColour(await canvasImage(page), clear, legend)).toBeGreaterThanOrEqual(0.9);
  return points;
}

describe.skipIf(chromiumPath === undefined)('lesson mode in the browser (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '', { height: 900 });
    ({ page } = app);
  });

  guardAppPage(() => app);

  it('lists the six bundled lessons in the picker', async () => {
    await page.getByTestId('lessons-button').click();
    const picker = page.getByRole('dialog', { name: 'Lessons for the classroom' });
    await picker.waitFor();
    expect(await picker.locator('.lesson-choice').count()).toBe(6);
    expect(await page.getByTestId('lesson-problems').count()).toBe(0);
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
  });

  it('runs “Similar words are close” from start to end, with the expected map at each step', async () => {
    await page.getByTestId('lessons-button').click();
    await page.getByTestId('lesson-similar-words-are-close').click();
    // The lesson card replaces the workflow panel, in projector type.
    await page.getByTestId('lesson-card').waitFor();
    expect(await page.locator('.workflow-panel').count()).toBe(0);
    expect(await page.locator('.app').getAttribute('class')).toContain('projector');

    // Step 1: twelve words (trained vectors), coloured animals vs technology.
    await waitForStep(page, 'Step 1 of 3');
    expect(await page.getByTestId('lesson-text').textContent()).toContain(
      'Twelve words: кошка, собака, мышь',
    );
    const first = await expectColouredMap(page, 12, ['animals', 'technology']);
    expect(
      first
        .filter((p) => p.label === 'animals')
        .map((p) => p.text)
        .sort(),
    ).toEqual([...ANIMALS].sort());
    expect(
      first
        .filter((p) => p.label === 'technology')
        .map((p) => p.text)
        .sort(),
    ).toEqual([...TECHNOLOGY].sort());
    expect(await page.getByTestId('unembedded').count()).toBe(0);

    // Step 2, by keyboard: the same words coloured by language.
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 'Step 2 of 3');
    expect(await page.getByTestId('lesson-text').textContent()).toContain('now coloured by language');
    const second = await expectColouredMap(page, 12, ['ru', 'en']);
    expect(
      second
        .filter((p) => p.label === 'ru')
        .map((p) => p.text)
        .sort(),
    ).toEqual([...ANIMALS.slice(0, 3), ...TECHNOLOGY.slice(0, 3)].sort());

    // Back and forward again keep their places.
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 'Step 1 of 3');
    await page.getByTestId('lesson-next').click();
    await waitForStep(page, 'Step 2 of 3');

    // Step 3: the whole words sample, six topics.
    await page.getByTestId('lesson-next').click();
    await waitForStep(page, 'Step 3 of 3');
    expect(await page.getByTestId('lesson-text').textContent()).toContain('nearest neighbours');
    await expectColouredMap(page, WORDS_SAMPLE_SIZE, [
      'animals',
      'technology',
      'food',
      'colours',
      'family',
      'weather',
    ]);
    expect((await probe<ProbePoints>(page, 'getPoints')).texts).toContain('собака');

    // Finish: the normal interface is back, with the lesson's last map still on screen.
    expect(await page.getByTestId('lesson-next').textContent()).toBe('Finish');
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-card').waitFor({ state: 'detached' });
    await page.locator('.workflow-panel').waitFor();
    expect(await page.locator('.app').getAttribute('class')).toBe('app');
    await waitForPoints(page, WORDS_SAMPLE_SIZE);
  });

  it('runs “Analogies”: the analogy tab solves each step’s expression, and Esc leaves the lesson', async () => {
    await page.getByTestId('lessons-button').click();
    await page.getByTestId('lesson-analogies').click();
    await waitForStep(page, 'Step 1 of 4');
    expect(await page.getByTestId('lesson-text').textContent()).toContain('кошка − собака + компьютер');
    await expectColouredMap(page, WORDS_SAMPLE_SIZE, [
      'animals',
      'technology',
      'food',
      'colours',
      'family',
      'weather',
    ]);
    expect(await page.getByRole('tab', { name: 'Analogies' }).getAttribute('aria-selected')).toBe('true');
    // The tool got the step's expression and solved it: on the lesson vectors every answer is a device.
    expect(await page.getByTestId('analogy-expression').inputValue()).toBe('кошка − собака + компьютер');
    const points = await probe<ProbePoints>(page, 'getPoints');
    const technology = new Set(points.texts.filter((_, i) => points.labels[i] === 'technology'));
    const answers = page.getByTestId('analogy-answer');
    await expect.poll(() => answers.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(5);
    const texts = await answers.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-text') ?? ''),
    );
    console.log(`кошка − собака + компьютер → ${texts.join(', ')}`);
    expect(texts.slice(0, 5).filter((text) => !technology.has(text))).toEqual([]);

    // Step 2: cat − кошка + собака, with dog expected: English animals, and dog's rank is reported.
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 'Step 2 of 4');
    await expect.poll(() => page.getByTestId('analogy-expression').inputValue()).toBe('cat − кошка + собака');
    await expect
      .poll(() => page.getByTestId('analogy-expected').textContent(), { timeout: 60_000 })
      .toContain('dog');
    const animals = new Set(points.texts.filter((_, i) => points.labels[i] === 'animals'));
    const english = await answers.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-text') ?? ''),
    );
    console.log(
      `cat − кошка + собака → ${english.join(', ')}; ${await page.getByTestId('analogy-expected').textContent()}`,
    );
    expect(english.slice(0, 3).filter((text) => !animals.has(text) || !/^[a-z]+$/.test(text))).toEqual([]);

    // Steps 3 and 4: the classic analogies, on a map of the gender pairs and capitals; each answer comes first.
    for (const [step, words, expression, answer] of [
      ['Step 3 of 4', 36, 'king − man + woman', 'queen'],
      ['Step 4 of 4', 40, 'Москва − Россия + Франция', 'париж'],
    ] as const) {
      await page.keyboard.press('ArrowRight');
      await waitForStep(page, step);
      // Every word of the step's data file (gender pairs, capitals) is in the lesson vectors' vocabulary.
      await waitForPoints(page, words);
      expect(await page.getByTestId('unembedded').count()).toBe(0);
      await expect.poll(() => page.getByTestId('analogy-expression').inputValue()).toBe(expression);
      await expect
        .poll(() => page.getByTestId('analogy-expected').textContent(), { timeout: 60_000 })
        .toContain(`“${answer}”: rank 1,`);
      await expect.poll(() => answers.first().getAttribute('data-text')).toBe(answer);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('lesson-card').waitFor({ state: 'detached' });
    await page.locator('.workflow-panel').waitFor();
  });
});
