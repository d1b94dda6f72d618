import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForPoints } from './page-helpers';

/**
 * Loads the word-vector file `vectors` (written into `folder`) as an embedder, opens a one-column CSV of
 * `words` and maps it with those vectors by PCA: linear, so a parallelogram among the vectors stays one on
 * the map. Call it inside a test (it polls with `expect`).
 */
export async function mapWordsWithVectors(
  page: Page,
  folder: string,
  vectors: { readonly file: string; readonly text: string },
  words: { readonly file: string; readonly list: readonly string[] },
): Promise<void> {
  const vectorsPath = join(folder, vectors.file);
  writeFileSync(vectorsPath, vectors.text);
  await page.getByTestId('vectors-input').setInputFiles(vectorsPath);
  const embedderName = basename(vectors.file).replace(/\.[^.]+$/, '');
  await expect.poll(() => page.getByTestId('embedder-select').inputValue()).toContain(embedderName);
  const csvPath = join(folder, words.file);
  writeFileSync(csvPath, ['word', ...words.list].join('\n'));
  await page.getByTestId('file-input').setInputFiles(csvPath);
  await expect.poll(() => page.getByTestId('row-count').textContent()).toMatch(String(words.list.length));
  await page.getByTestId('method-select').selectOption('pca');
  await page.getByTestId('run-map').click();
  await waitForPoints(page, words.list.length);
}
