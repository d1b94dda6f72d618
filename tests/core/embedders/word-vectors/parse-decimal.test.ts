import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../../src/core/embedders/word-vectors/parse-decimal';
import { createRandom } from '../../../../src/core/math/random';

function parse(text: string): number {
  const bytes = new TextEncoder().encode(` ${text} `);
  return parseDecimal(bytes, 1, bytes.length - 1);
}

describe('parseDecimal', () => {
  it('reads the forms vector files use exactly as parseFloat does', () => {
    for (const text of [
      '0',
      '-0.5',
      '+3',
      '1.',
      '.25',
      '0.000123',
      '4.5e-3',
      '-7E+2',
      '123456789',
      '1e22',
      '-0',
    ]) {
      expect(Object.is(parse(text), Number.parseFloat(text)), text).toBe(true);
    }
  });

  it('agrees with parseFloat on 100,000 random decimals, including long and extreme ones', () => {
    const random = createRandom(5);
    for (let i = 0; i < 100_000; i++) {
      const digits = 1 + Math.floor(random.next() * 20);
      const exponent = Math.floor(random.next() * 80) - 40;
      const value = (random.next() - 0.5) * 10 ** exponent;
      const text = i % 2 === 0 ? value.toPrecision(digits) : value.toExponential(Math.min(digits, 20));
      expect(Object.is(parse(text), Number.parseFloat(text)), text).toBe(true);
    }
  });

  it('gives NaN for anything that is not a plain decimal, including nan and inf', () => {
    for (const text of [
      'nan',
      'NaN',
      'inf',
      '-Infinity',
      'abc',
      '1.2.3',
      '1e',
      '--1',
      '-',
      '.',
      '0x10',
      '1,5',
    ]) {
      expect(parse(text), text).toBeNaN();
    }
  });
});
