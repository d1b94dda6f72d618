import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The id the tiny model is served and catalogued under (owner/name, like a Hub model). */
export const TINY_MODEL_ID = 'test/tiny-bert';

/**
 * Writes an EMBEDDING_STUDIO_EXTRA_CATALOGUE file into `dir` that offers the tiny test model for download,
 * and returns its path.
 */
export async function writeTinyCatalogue(dir: string): Promise<string> {
  const path = join(dir, 'extra-catalogue.json');
  const entry = {
    id: TINY_MODEL_ID,
    name: { en: 'Tiny test BERT', ru: 'Крошечная тестовая BERT' },
    description: {
      en: 'A 32-d model built by the test suite.',
      ru: 'Модель на 32 измерения из набора тестов.',
    },
    languages: ['en', 'ru'],
    dimension: 32,
    licence: 'MIT',
    pooling: 'mean',
    sizeMb: { q8: 0.05, fp32: 0.07 },
  };
  await writeFile(path, JSON.stringify([entry], null, 2));
  return path;
}
