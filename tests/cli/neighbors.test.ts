import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryFile } from '../core/embedders/word-vectors/vector-files';
import { REPO_ROOT, cliRunner } from './support/cli-runner';

/** Real GloVe vectors from the shared data folder beside the repository; absent in a user's clone. */
const GLOVE = resolve(REPO_ROOT, '..', 'shared', 'data', 'glove-twitter-25d-11925w.txt');
const work = mkdtempSync(join(tmpdir(), 'es-neighbors-'));
const cli = cliRunner(work);

/** The printed `word<TAB>score` lines. */
function rows(stdout: string): [string, number][] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const [word = '', score = ''] = line.split('\t');
      expect(score).toMatch(/^-?\d+\.\d{4}$/);
      return [word, Number(score)];
    });
}

const ANIMALS: [string, number[]][] = [
  ['кошка', [1, 0.9, 0]],
  ['кот', [1, 1, 0]],
  ['собака', [0.8, 1, 0.1]],
  ['car', [0, 0, 1]],
  ['bus', [0, 0.1, 5]],
];

describe('embedding-studio neighbors', () => {
  const vec = join(work, 'animals.vec');
  writeFileSync(vec, `5 3\n${ANIMALS.map(([word, vector]) => `${word} ${vector.join(' ')}`).join('\n')}\n`);
  const bin = join(work, 'animals.bin');
  writeFileSync(bin, binaryFile(ANIMALS));

  it('documents every flag in --help', () => {
    const help = cli('neighbors', '--help');
    expect(help.status).toBe(0);
    for (const flag of [
      '--vectors',
      '--word',
      '-k',
      '--metric',
      '--max-words',
      '--lenient',
      'cosine',
      'euclidean',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(cli('--help').stdout).toContain('neighbors');
  });

  it('prints the nearest words with cosine similarities, for .vec text and .bin alike', () => {
    for (const file of [vec, bin]) {
      const run = cli('neighbors', '--vectors', file, '--word', 'Кошка', '-k', '3');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const found = rows(run.stdout);
      expect(found.map(([word]) => word)).toEqual(['кот', 'собака', 'bus']);
      expect(found[0]?.[1]).toBeCloseTo(0.9986, 4);
    }
  });

  it('ranks by distance with --metric euclidean, and reads only --max-words words', () => {
    const far = rows(
      cli('neighbors', '--vectors', vec, '--word', 'car', '--metric', 'euclidean', '-k', '2').stdout,
    );
    expect(far).toEqual([
      ['собака', 1.5652],
      ['кошка', 1.6763],
    ]);
    // By angle, "bus" (far along the same axis) is nearest; by distance it is the farthest.
    const cosine = rows(cli('neighbors', '--vectors', vec, '--word', 'car', '--top', '1').stdout);
    expect(cosine).toEqual([['bus', 0.9998]]);
    const limited = cli('neighbors', '--vectors', vec, '--word', 'car', '--max-words', '3');
    expect(limited.status).toBe(1);
    expect(limited.stderr).toMatch(/"car" is not in the vocabulary of 3 words of animals\.vec/);
  });

  it('skips malformed lines with --lenient and says how many', () => {
    const broken = join(work, 'broken.txt');
    writeFileSync(broken, 'a 1 0\nb 1\nc 0.9 0.1\nd 0 1\n');
    const strict = cli('neighbors', '--vectors', broken, '--word', 'a');
    expect(strict.status).toBe(1);
    expect(strict.stderr.trim()).toBe(
      'embedding-studio: broken.txt, line 2: expected 2 numbers after the word, found 1',
    );
    const lenient = cli('neighbors', '--vectors', broken, '--word', 'a', '-k', '1', '--lenient');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toBe('c\t0.9939\n');
    expect(lenient.stderr).toBe('Skipped 1 malformed lines of broken.txt.\n');
  });

  it('exits 2 for bad arguments and 1 for bad files or unknown words, with a one-line reason', () => {
    const cases: { args: string[]; status: number; reason: RegExp }[] = [
      { args: ['neighbors', '--word', 'a'], status: 2, reason: /--vectors FILE is required/ },
      { args: ['neighbors', '--vectors', vec], status: 2, reason: /--word WORD is required/ },
      { args: ['neighbors', '--vectors', vec, '--word', 'a', '-k', '0'], status: 2, reason: /-k must be/ },
      { args: ['neighbors', '--vectors', vec, '--word', 'a', '-k', 'ten'], status: 2, reason: /-k must be/ },
      {
        args: ['neighbors', '--vectors', vec, '--word', 'a', '--metric', 'dot'],
        status: 2,
        reason: /--metric/,
      },
      {
        args: ['neighbors', '--vectors', vec, '--word', 'a', '--max-words', '-3'],
        status: 2,
        reason: /max-words/,
      },
      { args: ['neighbors', '--vectors', vec, '--word', 'a', '--bogus'], status: 2, reason: /bogus/ },
      {
        args: ['neighbors', '--vectors', 'missing.vec', '--word', 'a'],
        status: 1,
        reason: /missing\.vec.*no such file/,
      },
      { args: ['neighbors', '--vectors', work, '--word', 'a'], status: 1, reason: /folder/ },
      {
        args: ['neighbors', '--vectors', vec, '--word', 'жираф'],
        status: 1,
        reason: /"жираф" is not in the vocabulary of 5 words of animals\.vec/,
      },
    ];
    for (const { args, status, reason } of cases) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr, args.join(' ')).toMatch(reason);
    }
  });

  it.skipIf(!existsSync(GLOVE))(
    'finds prince and queen near king, and paris near france, in real GloVe vectors',
    () => {
      const king = rows(cli('neighbors', '--vectors', GLOVE, '--word', 'king', '-k', '5').stdout);
      const france = rows(cli('neighbors', '--vectors', GLOVE, '--word', 'france', '-k', '5').stdout);
      console.log(`GloVe Twitter 25-d: king → ${king.map(([w, s]) => `${w} ${s}`).join(', ')}`);
      console.log(`GloVe Twitter 25-d: france → ${france.map(([w, s]) => `${w} ${s}`).join(', ')}`);
      expect(king.map(([word]) => word)).toEqual(expect.arrayContaining(['prince', 'queen']));
      expect(france.map(([word]) => word)).toContain('paris');
    },
  );
});

if (!existsSync(GLOVE))
  console.log(`Skipping the GloVe neighbours test: ${GLOVE} is absent (see shared/data/README.md).`);
