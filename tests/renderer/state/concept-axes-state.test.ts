import { describe, expect, it } from 'vitest';
import {
  AXIS_EXAMPLES,
  axisOfDraft,
  draftOfAxis,
  MAX_AXES,
  parseWordList,
  withExample,
} from '../../../src/renderer/src/state/concept-axes-state';

describe('concept axis drafts', () => {
  it('parses comma- and semicolon-separated words, trimmed and without repeats', () => {
    expect(parseWordList(' man, he ;he,, король ')).toEqual(['man', 'he', 'король']);
  });

  it('makes an axis only when the "to" side has a word, naming it after its words by default', () => {
    expect(axisOfDraft({ name: '', from: 'man, he', to: '' })).toBeNull();
    expect(axisOfDraft({ name: '', from: 'man, he', to: 'woman, she' })).toEqual({
      name: 'man, he → woman, she',
      from: ['man', 'he'],
      to: ['woman', 'she'],
    });
    expect(axisOfDraft({ name: ' size ', from: '', to: 'big' })).toEqual({
      name: 'size',
      from: [],
      to: ['big'],
    });
  });

  it('round-trips an axis through a draft', () => {
    const axis = { name: 'gender', from: ['мужчина', 'он'], to: ['женщина', 'она'] };
    expect(axisOfDraft(draftOfAxis(axis))).toEqual(axis);
  });

  it('adds examples into empty slots and replaces the last when full', () => {
    const [gender, genderRu, size, sizeRu] = AXIS_EXAMPLES.map((example) => example.draft);
    if (gender === undefined || genderRu === undefined || size === undefined || sizeRu === undefined)
      throw new Error('examples missing');
    let drafts = withExample([{ name: '', from: '', to: '' }], gender);
    expect(drafts).toEqual([gender]);
    drafts = withExample(withExample(drafts, size), genderRu);
    expect(drafts).toHaveLength(MAX_AXES);
    expect(withExample(drafts, sizeRu)).toEqual([gender, size, sizeRu]);
  });

  it('ships gender and size axes in English and Russian', () => {
    const words = AXIS_EXAMPLES.map((example) => `${example.draft.from} → ${example.draft.to}`);
    expect(words).toEqual([
      'man, he, king → woman, she, queen',
      'мужчина, он → женщина, она',
      'small → big',
      'маленький → большой',
    ]);
  });
});
