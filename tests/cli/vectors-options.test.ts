import { describe, expect, it } from 'vitest';
import { parseAnalogyOptions } from '../../src/cli/analogy-options';
import { integerFlag, positiveIntegerFlag } from '../../src/cli/integer-flag';
import { parseNeighborsOptions } from '../../src/cli/neighbors-options';
import { UsageError } from '../../src/cli/usage-error';
import { parseVectorsFlags } from '../../src/cli/vectors-options';

describe('parseVectorsFlags', () => {
  it('reads the file, the word limit and leniency, all words and strict by default', () => {
    expect(parseVectorsFlags({ vectors: 'v.txt', lenient: false })).toEqual({
      vectors: 'v.txt',
      maxWords: null,
      lenient: false,
    });
    expect(parseVectorsFlags({ vectors: 'v.bin', 'max-words': '5000', lenient: true })).toEqual({
      vectors: 'v.bin',
      maxWords: 5000,
      lenient: true,
    });
  });

  it('requires --vectors and a positive whole --max-words, naming the flag and what was given', () => {
    expect(() => parseVectorsFlags({ lenient: false })).toThrow(
      new UsageError('--vectors FILE is required.'),
    );
    for (const bad of ['0', '-3', '2.5', '1e3', ' 7', 'many', '']) {
      expect(() => parseVectorsFlags({ vectors: 'v.txt', 'max-words': bad, lenient: false })).toThrow(
        new UsageError(`--max-words must be a positive integer; got "${bad}".`),
      );
    }
  });

  it('gives neighbors and analogy the same reading of the shared flags', () => {
    const args = ['--vectors', 'v.vec', '--max-words', '12', '--lenient'];
    const shared = { vectors: 'v.vec', maxWords: 12, lenient: true };
    expect(parseNeighborsOptions([...args, '--word', 'cat'])).toMatchObject(shared);
    expect(parseAnalogyOptions([...args, '--solve', 'king - man + woman'])).toMatchObject(shared);
    expect(() => parseNeighborsOptions(['--word', 'cat'])).toThrow(/--vectors FILE is required/);
    expect(() => parseAnalogyOptions(['--questions', 'q.txt'])).toThrow(/--vectors FILE is required/);
  });
});

describe('integerFlag', () => {
  it('accepts the bounds themselves and says the range otherwise', () => {
    expect(integerFlag('--seed', '0', 0, 0xffffffff)).toBe(0);
    expect(integerFlag('--seed', '4294967295', 0, 0xffffffff)).toBe(4294967295);
    expect(() => integerFlag('--seed', '4294967296', 0, 0xffffffff)).toThrow(
      new UsageError('--seed must be an integer from 0 to 4294967295; got "4294967296".'),
    );
    expect(positiveIntegerFlag('-k', '100', 100)).toBe(100);
    expect(() => positiveIntegerFlag('-k', '101', 100)).toThrow(
      new UsageError('-k must be an integer from 1 to 100; got "101".'),
    );
  });

  it('refuses integers too large to hold exactly', () => {
    expect(() => positiveIntegerFlag('--sample', '9007199254740993')).toThrow(
      /--sample must be a positive integer/,
    );
  });
});
