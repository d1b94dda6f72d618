import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/dataset/csv-parser';
import { buildTinyModel } from '../support/tiny-model/build-tiny-model';
import { cliRunner } from './support/cli-runner';

const work = mkdtempSync(join(tmpdir(), 'es-cli-token-'));
const cli = cliRunner(work, () => ({ EMBEDDING_STUDIO_DATA: join(work, 'data') }));
const input = join(work, 'zamok.csv');
const TEXTS = [
  'старинный замок на холме',
  'замок на двери',
  'король и королева',
  'Замок и река',
  'кошка сидит на двери',
];

beforeAll(async () => {
  await buildTinyModel(join(work, 'tiny-bert'));
  expect(cli('models', 'add', '--from-folder', join(work, 'tiny-bert'), '--id', 'tiny').status).toBe(0);
  writeFileSync(input, ['text', ...TEXTS].join('\n'), 'utf8');
});

describe('embedding-studio map --token', () => {
  it('maps one point per text containing the word and says how many were left out', () => {
    const out = join(work, 'zamok-map.csv');
    const run = cli('map', '--input', input, '--out', out, '--embedder', 'model:tiny', '--token', 'замок');
    expect(run.stderr).toMatch(/Mapped 3 items with model:tiny \(32-d\).* 2 texts had no vector/);
    expect(run.status).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'), { delimiter: ',', fileName: out }).map((r) => r.fields);
    expect(rows.slice(1).map((fields) => fields[1])).toEqual([TEXTS[0], TEXTS[1], TEXTS[3]]);
  });

  it('refuses an embedder without contextual vectors, and --token with precomputed vectors', () => {
    const out = join(work, 'never.csv');
    const tfidf = cli('map', '--input', input, '--out', out, '--token', 'замок');
    expect(tfidf.status).toBe(1);
    expect(tfidf.stderr).toMatch(/tfidf-svd cannot embed a word in context/);
    const mixed = cli('map', '--input', input, '--out', out, '--token', 'замок', '--vectors', 'file');
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/--token .* cannot be combined with --vectors or --coords/);
    expect(cli('map', '--input', input, '--out', out, '--token', ' ').status).toBe(2);
    expect(cli('map', '--help').stdout).toContain('--token WORD');
  });
});
