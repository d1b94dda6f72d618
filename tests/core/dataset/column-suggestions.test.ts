import { describe, expect, it } from 'vitest';
import { suggestLabelColumn, suggestTextColumn } from '../../../src/core/dataset/column-suggestions';

describe('column suggestions', () => {
  it('prefers a column named like text, in English or Russian, ignoring case', () => {
    expect(suggestTextColumn(['id', 'Sentence', 'topic'], [['1', 'a', 'x']])).toBe('Sentence');
    expect(suggestTextColumn(['№', 'СЛОВО'], [['1', 'кот']])).toBe('СЛОВО');
  });

  it('does not match names that merely contain a keyword', () => {
    expect(suggestTextColumn(['word_count', 'body'], [['3', 'a long body of text']])).toBe('body');
  });

  it('falls back to the column with the longest average text', () => {
    const rows = [
      ['1', 'a fairly long sentence here', 'x'],
      ['2', 'another long one', 'y'],
    ];
    expect(suggestTextColumn(['id', 'content', 'tag'], rows)).toBe('content');
  });

  it('suggests a label column by name, never the text column, else null', () => {
    expect(suggestLabelColumn(['text', 'Category'], 'text')).toBe('Category');
    expect(suggestLabelColumn(['текст', 'тема'], 'текст')).toBe('тема');
    expect(suggestLabelColumn(['label'], 'label')).toBeNull();
    expect(suggestLabelColumn(['text', 'score'], 'text')).toBeNull();
  });
});
