import { describe, expect, it } from 'vitest';
import { parseQuestionFile, UNSECTIONED } from '../../../src/core/analogy/question-file';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';

describe('parseQuestionFile', () => {
  it('reads sections and lower-cased questions, counting malformed lines and ignoring blank ones', () => {
    const file = parseQuestionFile(
      utf8(
        'a b c d\n: capitals\nAthens Greece Paris France\r\n\nonly three words\n: family\nboy girl king queen\n',
        true,
      ),
      'q.txt',
    );
    expect(file.sections).toEqual([
      { name: UNSECTIONED, questions: [['a', 'b', 'c', 'd']] },
      { name: 'capitals', questions: [['athens', 'greece', 'paris', 'france']] },
      { name: 'family', questions: [['boy', 'girl', 'king', 'queen']] },
    ]);
    expect(file.malformedLines).toBe(1);
    expect(file.firstMalformedLine).toBe(5);
  });

  it('is malformed-questions when no line is a question, naming the file', async () => {
    const error = await expectStudioError(
      () => parseQuestionFile(utf8(': empty\nnot a question\n'), 'notes.txt'),
      'malformed-questions',
    );
    expect(error.params).toEqual({ fileName: 'notes.txt', malformedLines: 1 });
    expect(error.message).toContain('notes.txt');
  });
});
