import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/dataset/csv-parser';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'embedding-studio.mjs');
const SENTENCES = join(ROOT, 'resources', 'samples', 'sentences-ru-en.csv');
const work = mkdtempSync(join(tmpdir(), 'es-cli-tsne-'));

/** Runs the real `embedding-studio` command, as `npx embedding-studio` would. */
function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

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

/** Mean share of each point's `k` nearest points in the layout that carry its label (chance: 1 / labels). */
function neighbourLabelAgreement(rows: readonly { label: string; point: number[] }[], k: number): number {
  let total = 0;
  for (const row of rows) {
    const nearest = rows
      .filter((other) => other !== row)
      .map((other) => ({
        other,
        distance: Math.hypot(...row.point.map((value, axis) => value - (other.point[axis] ?? 0))),
      }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, k);
    total += nearest.filter(({ other }) => other.label === row.label).length / k;
  }
  return total / rows.length;
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
      SENTENCES,
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
    const base = ['map', '--input', SENTENCES, '--out', 'x.csv'];
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
