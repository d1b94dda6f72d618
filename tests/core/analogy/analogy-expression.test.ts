import { describe, expect, it } from 'vitest';
import { formatAnalogy, parseAnalogyExpression } from '../../../src/core/analogy/analogy-expression';
import { expectStudioError } from '../support/expect-studio-error';

describe('parseAnalogyExpression', () => {
  it('reads ASCII, Unicode minus and en dash, and any number of terms', () => {
    const expected = [
      { text: 'king', sign: 1 },
      { text: 'man', sign: -1 },
      { text: 'woman', sign: 1 },
    ];
    expect(parseAnalogyExpression('king - man + woman')).toEqual(expected);
    expect(parseAnalogyExpression('king − man + woman')).toEqual(expected);
    expect(parseAnalogyExpression('  king – man+woman ')).toEqual(expected);
    expect(parseAnalogyExpression('Москва − Россия + Франция − Париж + Берлин').map((t) => t.sign)).toEqual([
      1, -1, 1, -1, 1,
    ]);
  });

  it('keeps multi-word terms and hyphenated words whole, and a leading sign', () => {
    expect(parseAnalogyExpression('New  York − USA + France')).toEqual([
      { text: 'New York', sign: 1 },
      { text: 'USA', sign: -1 },
      { text: 'France', sign: 1 },
    ]);
    expect(parseAnalogyExpression('t-shirt - summer + winter')[0]).toEqual({ text: 't-shirt', sign: 1 });
    expect(parseAnalogyExpression('−man + woman')).toEqual([
      { text: 'man', sign: -1 },
      { text: 'woman', sign: 1 },
    ]);
  });

  it('reads every hyphen as a minus when asked (king-man+woman)', () => {
    expect(parseAnalogyExpression('king-man+woman').map((t) => t.text)).toEqual(['king-man', 'woman']);
    expect(parseAnalogyExpression('king-man+woman', { hyphenIsMinus: true }).map((t) => t.text)).toEqual([
      'king',
      'man',
      'woman',
    ]);
  });

  it('names the position of two operators in a row and of a trailing operator', async () => {
    const twice = await expectStudioError(() => parseAnalogyExpression('king - + man'), 'invalid-expression');
    expect(twice.params).toMatchObject({ position: 8, term: '+' });
    expect(twice.message).toContain('position 8');
    const trailing = await expectStudioError(
      () => parseAnalogyExpression('king − man +'),
      'invalid-expression',
    );
    expect(trailing.params).toMatchObject({ position: 12, term: '+' });
    expect(trailing.message).toContain('ends with an operator');
  });

  it('asks for at least two terms', async () => {
    const single = await expectStudioError(() => parseAnalogyExpression('king'), 'invalid-expression');
    expect(single.params).toMatchObject({ term: 'king' });
    await expectStudioError(() => parseAnalogyExpression('   '), 'invalid-expression');
    await expectStudioError(() => parseAnalogyExpression('+'), 'invalid-expression');
  });

  it('writes the canonical form back', () => {
    expect(formatAnalogy(parseAnalogyExpression('king-man + woman', { hyphenIsMinus: true }))).toBe(
      'king − man + woman',
    );
  });
});
