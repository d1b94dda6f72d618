import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { StudioError } from '../../shared/errors';
import { MODEL_CATALOGUE, type CatalogueEntry } from './model-catalogue';

const text = z.object({ en: z.string().min(1), ru: z.string().min(1) });

/** One entry of an extra catalogue file: the fields of {@link CatalogueEntry}, checked. */
const extraEntrySchema = z.object({
  id: z.string().min(1),
  name: text,
  description: text,
  languages: z.array(z.string()),
  languageCount: z.number().int().positive().optional(),
  dimension: z.number().int().positive(),
  licence: z.string().min(1),
  pooling: z.enum(['mean', 'cls']),
  sizeMb: z.object({ q8: z.number().positive().optional(), fp32: z.number().positive().optional() }),
  prefixes: z.object({ query: z.string(), passage: z.string() }).optional(),
});

/**
 * The environment variable naming a JSON file (an array of catalogue entries) that is added to the built-in
 * catalogue. Tests use it to offer a tiny model served from 127.0.0.1; an organisation with its own mirror
 * can use it to recommend its own models.
 */
export const EXTRA_CATALOGUE_ENV = 'EMBEDDING_STUDIO_EXTRA_CATALOGUE';

/** The built-in catalogue plus the entries of the extra catalogue file, when the variable names one. */
export function loadCatalogue(env: NodeJS.ProcessEnv = process.env): readonly CatalogueEntry[] {
  const file = env[EXTRA_CATALOGUE_ENV];
  if (file === undefined || file === '') return MODEL_CATALOGUE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StudioError(
      'invalid-arguments',
      `${EXTRA_CATALOGUE_ENV}: cannot read ${file}: ${(error as Error).message}`,
      { file },
    );
  }
  const result = z.array(extraEntrySchema).safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StudioError(
      'invalid-arguments',
      `${EXTRA_CATALOGUE_ENV}: ${file} is not a list of models: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      { file },
    );
  }
  const extra = result.data.map((entry): CatalogueEntry => ({
    ...entry,
    languageCount: entry.languageCount ?? entry.languages.length,
  }));
  const ids = new Set(extra.map((entry) => entry.id));
  return [...MODEL_CATALOGUE.filter((entry) => !ids.has(entry.id)), ...extra];
}
