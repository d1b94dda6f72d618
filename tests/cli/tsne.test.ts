import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/dataset/csv-parser';
import { SENTENCES_SAMPLE, cliRunner, neighbourLabelAgreement } from './support/cli-runner';

const work = mkdtempSync(join(tmpdir(), 'es-cli-tsne-'));
const cli = cliRunner(work);

/** The coordinates file's rows as label and point. */
function readCoords(path: string): { label: string; point: number[] }[] {
  const [header = [], ...records] = parseCsv(readFileSync(path, 'utf8'), {
    delimiter: ',',
    fileName: path,
  }).map((record) => record.fields);
  return records.map((record) => ({
    label: record[2] ?? '',
    point: record.slice(3, header.length).map(Number),
  }));
}

describe('embedding-studio map --method tsne', () => {
  it('documents the t-SNE flags in --help', () => {
    const help = cli('map', '--help');
    expect(help.status).toBe(0);
    for (const flag of ['--perplexity', '--iterations', '--learning-rate', '--metric', 'tsne'])
      expect(help.stdout).toContain(flag);
  });

  it('maps with t-SNE: flags reach the core, the layout is reproducible, topics separate', () => {
    const first = join(work, 'tsne-a.csv');
    const second = join(work, 'tsne-b.csv');
    const args = [
      'map',
      '--input',
      SENTENCES_SAMPLE,
      '--method',
      'tsne',
      '--perplexity',
      '10',
      '--iterations',
      '300',
    ];
    const run = cli(...args, '--out', first);
    expect(run.stderr).toMatch(/Mapped 150 items with tfidf-svd \(64-d\) and t-SNE to 2-d/);
    expect(run.status).toBe(0);
    expect(cli(...args, '--out', second, '--quiet').status).toBe(0);
    expect(readFileSync(first, 'utf8')).toBe(readFileSync(second, 'utf8'));
    const rows = readCoords(first);
    expect(rows).toHaveLength(150);
    expect(rows.every((row) => row.point.length === 2 && row.point.every(Number.isFinite))).toBe(true);
    // Five topics: chance is 0.2.
    expect(neighbourLabelAgreement(rows, 5)).toBeGreaterThan(0.9);
    const third = join(work, 'tsne-c.csv');
    const other = cli(
      ...args,
      '--metric',
      'euclidean',
      '--learning-rate',
      '100',
      '--dims',
      '3',
      '--out',
      third,
    );
    expect(other.status).toBe(0);
    expect(readCoords(third).every((row) => row.point.length === 3)).toBe(true);
  });

  it('refuses bad t-SNE flags with one line naming the flag', () => {
    const base = ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv'];
    const cases: { args: string[]; reason: RegExp }[] = [
      { args: [...base, '--perplexity', '30'], reason: /--perplexity applies only to --method tsne/ },
      { args: [...base, '--metric', 'cosine'], reason: /--metric applies only to --method umap or tsne/ },
      { args: [...base, '--method', 'tsne', '--perplexity', '1'], reason: /--perplexity/ },
      {
        args: [...base, '--method', 'tsne', '--perplexity', 'lots'],
        reason: /--perplexity must be a number/,
      },
      { args: [...base, '--method', 'tsne', '--iterations', '10'], reason: /--iterations/ },
      { args: [...base, '--method', 'tsne', '--iterations', '2.5'], reason: /--iterations/ },
      { args: [...base, '--method', 'tsne', '--learning-rate', '-1'], reason: /--learning-rate/ },
      {
        args: [...base, '--method', 'tsne', '--metric', 'manhattan'],
        reason: /--metric must be cosine or euclidean/,
      },
      {
        args: [...base, '--method', 'tsne', '--neighbors', '10'],
        reason: /--neighbors applies only to --method umap/,
      },
      {
        args: [...base, '--method', 'umap', '--iterations', '300'],
        reason: /--iterations applies only to --method tsne/,
      },
    ];
    for (const { args, reason } of cases) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr, args.join(' ')).toMatch(reason);
    }
  });
});
