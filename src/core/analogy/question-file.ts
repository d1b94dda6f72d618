import { StudioError } from '../../shared/errors';

/** One question `a b c d`, meaning a : b :: c : d (so d ≈ b − a + c), lower-cased. */
export type AnalogyQuestion = readonly [string, string, string, string];

/** A `: name` section and its questions, in file order. */
export interface QuestionSection {
  readonly name: string;
  readonly questions: readonly AnalogyQuestion[];
}

/** A parsed question file. */
export interface QuestionFile {
  readonly sections: readonly QuestionSection[];
  /** Lines that were neither blank, a `: section` header nor four words. */
  readonly malformedLines: number;
  /** The 1-based number of the first malformed line, or null when there was none (for the message). */
  readonly firstMalformedLine: number | null;
}

/** Questions written before any `: section` header are gathered under this name. */
export const UNSECTIONED = '(no section)';

/**
 * Parses the word2vec `questions-words.txt` format: `: section` headers, then one `a b c d` question per line.
 * Words are lower-cased (the evaluation's convention, since GloVe and word2vec's common vocabularies are
 * lower-case). A file with no question at all is `malformed-questions`.
 */
export function parseQuestionFile(bytes: Uint8Array, fileName: string): QuestionFile {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '');
  const sections: { name: string; questions: AnalogyQuestion[] }[] = [];
  let current: { name: string; questions: AnalogyQuestion[] } | null = null;
  let malformedLines = 0;
  let firstMalformedLine: number | null = null;
  const lines = text.split(/\r?\n/u);
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith(':')) {
      current = { name: trimmed.slice(1).trim(), questions: [] };
      sections.push(current);
      return;
    }
    const words = trimmed.toLowerCase().split(/\s+/u);
    const [a, b, c, d] = words;
    if (words.length !== 4 || a === undefined || b === undefined || c === undefined || d === undefined) {
      malformedLines++;
      firstMalformedLine ??= index + 1;
      return;
    }
    if (current === null) {
      current = { name: UNSECTIONED, questions: [] };
      sections.push(current);
    }
    current.questions.push([a, b, c, d]);
  });
  if (!sections.some((section) => section.questions.length > 0)) {
    throw new StudioError(
      'malformed-questions',
      `The file ${fileName} has no analogy questions: expected lines of four words "a b c d" under ": section" headers.`,
      { fileName, malformedLines },
    );
  }
  return { sections, malformedLines, firstMalformedLine };
}
