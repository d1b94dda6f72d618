import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/core/dataset/parse-table';
import { StudioCore } from '../../../src/core/studio-core';
import { utf8 } from '../../core/support/encodings';
import { expectStudioError } from '../../core/support/expect-studio-error';
import { MemorySampleSource } from '../../core/support/memory-sample-source';

/** Each bug the fuzz suites found, pinned by the smallest input that showed it. */
describe('fuzz findings', () => {
  it('JSON items without a "constructor" or "__proto__" key read as empty cells, not as Object.prototype’s', () => {
    // Found by the JSON suite (seed 1109): this crashed with "Cannot read properties of undefined (reading 'trim')".
    const table = parseTable('items.json', utf8('[{"constructor":"a"},{"":"b"},{"__proto__":"c"}]'));
    expect(table.columns).toEqual(['constructor', '', '__proto__']);
    expect(table.rows).toEqual([
      ['a', '', ''],
      ['', 'b', ''],
      ['', '', 'c'],
    ]);
    expect(({} as Record<string, unknown>)['c']).toBeUndefined();
  });

  it('a word-vector header claiming a billion dimensions is refused at once, before anything is allocated for it', async () => {
    // Found by the word-vector suite: each such file made the parser allocate a 4 GB row buffer.
    const core = new StudioCore({ samples: new MemorySampleSource({}) });
    for (const [fileName, text] of [
      ['huge.vec', '5 1000000000\ncat 1 2\n'],
      ['huge.bin', '2 300000000\ncat \u0000\u0000\u0000\u0000\n'],
    ] as const) {
      const error = await expectStudioError(
        () => core.loadWordVectors({ fileName, bytes: utf8(text), lenient: true, maxWords: null }),
        'malformed-vectors',
      );
      expect(error.message).toMatch(/beyond any word-vector file \(at most 65536\)/);
      expect(error.params).toMatchObject({ file: fileName, line: 1 });
    }
  });
});
