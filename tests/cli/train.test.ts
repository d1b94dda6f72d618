import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plantedCorpus, SMALL_PLANTED } from '../core/embedders/word2vec/planted-corpus';
import { cliRunner } from './support/cli-runner';

const work = mkdtempSync(join(tmpdir(), 'es-train-'));
const cli = cliRunner(work);
const corpus = join(work, 'planted.txt');
writeFileSync(corpus, plantedCorpus(SMALL_PLANTED).lines.join('\n'));

describe('embedding-studio train', () => {
  it('writes word2vec text vectors that `neighbors` reads, with the planted topic nearest', () => {
    const out = join(work, 'vectors.vec');
    const trained = cli(
      'train',
      '--corpus',
      corpus,
      '--algorithm',
      'skipgram',
      '--dim',
      '24',
      '--epochs',
      '3',
      '--min-count',
      '1',
      '--out',
      out,
    );
    expect(trained.stderr).toContain('words/s');
    expect(trained.status, trained.stderr).toBe(0);
    const [header = '', first = ''] = readFileSync(out, 'utf8').split('\n');
    expect(header).toBe('68 24');
    expect(first.split(' ')).toHaveLength(25);
    const neighbors = cli('neighbors', '--vectors', out, '--word', 't3w1', '-k', '5');
    expect(neighbors.status, neighbors.stderr).toBe(0);
    const words = neighbors.stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t')[0] ?? '');
    expect(words.filter((word) => word.startsWith('t3w')).length).toBeGreaterThanOrEqual(4);
  });

  it('trains PPMI + SVD and CBOW too', () => {
    for (const algorithm of ['ppmi-svd', 'cbow']) {
      const out = join(work, `${algorithm}.vec`);
      const result = cli(
        'train',
        '--corpus',
        corpus,
        '--algorithm',
        algorithm,
        '--dim',
        '16',
        '--epochs',
        '1',
        '--out',
        out,
      );
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('68 16');
    }
  });

  it('prints help, and one-line errors: exit 2 for usage, 1 for failures', () => {
    const help = cli('train', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--algorithm A');
    const usage = [
      cli('train', '--algorithm', 'skipgram', '--out', 'x.vec'),
      cli('train', '--corpus', corpus, '--algorithm', 'glove', '--out', 'x.vec'),
      cli('train', '--corpus', corpus, '--algorithm', 'cbow', '--dim', '1', '--out', 'x.vec'),
      cli('train', '--corpus', corpus, '--algorithm', 'cbow', '--bogus', '--out', 'x.vec'),
    ];
    for (const result of usage) {
      expect(result.status).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const missing = cli('train', '--corpus', join(work, 'none.txt'), '--algorithm', 'cbow', '--out', 'x.vec');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('none.txt');
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(join(work, 'x.vec'))).toBe(false);
  });
});
