import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { royalGlove } from '../core/analogy/royal-vectors';
import { REPO_ROOT, cliRunner } from './support/cli-runner';

const DATA = resolve(REPO_ROOT, '..', 'shared', 'data');
const GLOVE = resolve(DATA, 'glove-twitter-25d-11925w.txt');
const QUESTIONS = resolve(DATA, 'questions-words.txt');
const work = mkdtempSync(join(tmpdir(), 'es-analogy-'));
const cli = cliRunner(work);

const vectors = join(work, 'royal.txt');
writeFileSync(vectors, royalGlove());
const questions = join(work, 'q.txt');
writeFileSync(
  questions,
  [
    ': royal',
    'man king woman queen',
    'man king woman prince',
    ': out',
    'man king dragon queen',
    'bad line',
  ].join('\n'),
);

describe('embedding-studio analogy', () => {
  it('documents its flags in --help and is listed in the main help', () => {
    const help = cli('analogy', '--help');
    expect(help.status).toBe(0);
    for (const flag of [
      '--vectors',
      '--questions',
      '--solve',
      '-k',
      '--keep-inputs',
      '--max-words',
      '--json',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(cli('--help').stdout).toContain('analogy');
  });

  it('prints covered, correct and accuracy per section and overall', () => {
    const run = cli('analogy', '--vectors', vectors, '--questions', questions);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('2 of 3 questions covered, 1 correct, accuracy 50.00%');
    const cells = (name: string): string[] => lines.find((line) => line.startsWith(name))?.split(/\s+/) ?? [];
    expect(cells('royal')).toEqual(['royal', '2', '2', '1', '50.00%']);
    expect(cells('out')).toEqual(['out', '1', '0', '0', '0.00%']);
    expect(cells('overall')).toEqual(['overall', '3', '2', '1', '50.00%']);
    expect(run.stdout).toContain('1 malformed lines were skipped.');
  });

  it('prints the whole report as JSON', () => {
    const run = cli('analogy', '--vectors', vectors, '--questions', questions, '--json');
    const report = JSON.parse(run.stdout) as { covered: number; failures: { answer: string }[] };
    expect(report.covered).toBe(2);
    expect(report.failures).toEqual([
      { section: 'royal', question: ['man', 'king', 'woman', 'prince'], answer: 'queen' },
    ]);
  });

  it('solves an expression, leaving the inputs out unless asked', () => {
    const run = cli('analogy', '--vectors', vectors, '--solve', 'king − man + woman', '-k', '2');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('queen\t1.0000\nprincess\t0.8660\n');
    const kept = cli(
      'analogy',
      '--vectors',
      vectors,
      '--solve',
      'king - man + woman',
      '-k',
      '3',
      '--keep-inputs',
    );
    expect(kept.stdout.split('\n')[2]).toBe('woman\t0.5000');
  });

  it('fails with a clear message: usage (2), unknown words and bad expressions (1)', () => {
    const both = cli('analogy', '--vectors', vectors);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('exactly one of --questions');
    const unknown = cli('analogy', '--vectors', vectors, '--solve', 'king - dragon + woman');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('dragon');
    const bad = cli('analogy', '--vectors', vectors, '--solve', 'king - + woman');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('position 8');
    const missing = cli('analogy', '--vectors', join(work, 'none.txt'), '--solve', 'a - b');
    expect(missing.stderr).toContain('no such file');
  });

  it.skipIf(!existsSync(GLOVE) || !existsSync(QUESTIONS))(
    'reports GloVe 25-d on questions-words.txt (shared data)',
    () => {
      const run = cli('analogy', '--vectors', GLOVE, '--questions', QUESTIONS);
      expect(run.status).toBe(0);
      console.log(run.stdout.split('\n')[0]);
      expect(run.stdout).toMatch(/6163 of 19544 questions covered, 112\d correct/);
      expect(run.stdout).toMatch(/^overall\s+19544\s+6163\s+112\d\s+18\.\d\d%$/m);
    },
  );
});
