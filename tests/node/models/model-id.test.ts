import { describe, expect, it } from 'vitest';
import { checkModelId } from '../../../src/node/models/model-id';

describe('checkModelId', () => {
  it('accepts folder names and owner/name ids', () => {
    for (const id of ['tiny', 'Xenova/all-MiniLM-L6-v2', 'e5_small.v2']) expect(checkModelId(id)).toBe(id);
  });

  it('rejects ids that could leave the models folder or hide', () => {
    for (const id of ['', '..', '../x', 'a/../b', '/abs', 'a/b/c', '.hidden', 'a\\b', 'a b', 'x..y']) {
      expect(() => checkModelId(id), id).toThrow(expect.objectContaining({ code: 'invalid-arguments' }));
    }
  });
});
