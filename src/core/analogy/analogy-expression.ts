import { StudioError } from '../../shared/errors';

/** One term of an analogy: its text and whether it is added (+1) or subtracted (-1). */
export interface AnalogyTerm {
  readonly text: string;
  readonly sign: 1 | -1;
}

/** How to read an ASCII hyphen that touches letters on both sides (`king-man`, `t-shirt`). */
export interface ExpressionReading {
  /**
   * False (the default): `t-shirt` is one word, and only a hyphen with a space beside it is a minus. True:
   * every hyphen is a minus, for people who type `king-man+woman` (the solver retries that way when the
   * first reading names words the vocabulary lacks).
   */
  readonly hyphenIsMinus: boolean;
}

/** The operators: `+`, ASCII `-`, the Unicode minus `−` (U+2212) and the en dash `–` people paste from documents. */
const MINUS_SIGNS = new Set(['-', '\u2212', '\u2013']);

/** At least `a − b`: a single word is a neighbour query, which the neighbours panel answers. */
const MIN_TERMS = 2;

function invalid(expression: string, message: string, position: number, term = ''): StudioError {
  return new StudioError('invalid-expression', message, { expression, position, term });
}

/** Whether the hyphen at `index` joins two word characters (`t-shirt`) rather than separating terms. */
function isWordHyphen(expression: string, index: number): boolean {
  const before = expression[index - 1] ?? ' ';
  const after = expression[index + 1] ?? ' ';
  return (
    expression[index] === '-' &&
    /\S/u.test(before) &&
    /\S/u.test(after) &&
    !/[+\-\u2212\u2013]/u.test(before + after)
  );
}

/**
 * Parses `a − b + c` (any number of terms; a term may be several words, e.g. `New York`). The first term may
 * carry a sign; every later one must follow an operator. Errors are `invalid-expression`, naming the 1-based
 * character position and the term (or operator) at fault.
 */
export function parseAnalogyExpression(
  expression: string,
  reading: ExpressionReading = { hyphenIsMinus: false },
): AnalogyTerm[] {
  const terms: AnalogyTerm[] = [];
  let sign: 1 | -1 = 1;
  let pendingOperator = -1;
  let text = '';
  let textStart = -1;
  const finishTerm = (): void => {
    const trimmed = text.replace(/\s+/gu, ' ').trim();
    if (trimmed !== '') terms.push({ text: trimmed, sign });
    text = '';
    textStart = -1;
    pendingOperator = -1;
  };
  for (let index = 0; index < expression.length; index++) {
    const char = expression[index] ?? '';
    const isOperator =
      char === '+' || (MINUS_SIGNS.has(char) && (reading.hyphenIsMinus || !isWordHyphen(expression, index)));
    if (!isOperator) {
      if (textStart < 0 && /\S/u.test(char)) textStart = index;
      text += char;
      continue;
    }
    if (textStart < 0 && pendingOperator >= 0) {
      throw invalid(
        expression,
        `Two operators in a row at position ${index + 1} of "${expression}".`,
        index + 1,
        char,
      );
    }
    if (textStart >= 0) finishTerm();
    sign = char === '+' ? 1 : -1;
    pendingOperator = index;
  }
  if (pendingOperator >= 0 && textStart < 0) {
    throw invalid(
      expression,
      `The expression "${expression}" ends with an operator at position ${pendingOperator + 1}; a word must follow it.`,
      pendingOperator + 1,
      expression[pendingOperator] ?? '',
    );
  }
  finishTerm();
  if (terms.length < MIN_TERMS) {
    throw invalid(
      expression,
      `An analogy needs at least ${MIN_TERMS} terms joined by + or −, like "king − man + woman"; got "${expression}".`,
      1,
      terms[0]?.text ?? '',
    );
  }
  return terms;
}

/** Whether a second reading with every hyphen as a minus would differ (the expression has a word hyphen). */
export function hasWordHyphen(expression: string): boolean {
  for (let index = 0; index < expression.length; index++) if (isWordHyphen(expression, index)) return true;
  return false;
}

/** The expression written back in the canonical form `a − b + c`. */
export function formatAnalogy(terms: readonly AnalogyTerm[]): string {
  return terms
    .map((term, index) =>
      index === 0
        ? term.sign < 0
          ? `−${term.text}`
          : term.text
        : `${term.sign < 0 ? '−' : '+'} ${term.text}`,
    )
    .join(' ');
}
