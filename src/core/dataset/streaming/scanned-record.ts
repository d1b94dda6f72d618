/** 64 fields at first; the position tables double for a wider record. */
const INITIAL_FIELDS = 64;

/** How a field was written: bare, quoted, or quoted with doubled quotes (`""`) to undo. */
export const FieldForm = { Plain: 0, Quoted: 1, QuotedWithEscapes: 2 } as const;
export type FieldForm = (typeof FieldForm)[keyof typeof FieldForm];

/** Whether `code` is one of the characters `String.prototype.trim` removes (WhiteSpace and LineTerminator). */
export function isTrimmedSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * One CSV record as the reader found it: where each field's value lies in the text (inside the quotes for a
 * quoted field), not the values themselves. A reader reuses one instance for every record, so scanning a
 * record allocates nothing; its cells become strings only when asked for, which a sample does only for the
 * rows it keeps. Valid only while the reader hands it over.
 */
export class ScannedRecord {
  /** The text the positions point into. */
  text = '';
  /** The record's first line (1-based). */
  line = 0;
  fieldCount = 0;
  /** Whether any field holds more than whitespace (a record without is skipped as empty). */
  hasContent = false;
  private starts = new Int32Array(INITIAL_FIELDS);
  private ends = new Int32Array(INITIAL_FIELDS);
  private forms = new Uint8Array(INITIAL_FIELDS);

  /** Starts a record at `line` in `text`. */
  reset(text: string, line: number): void {
    this.text = text;
    this.line = line;
    this.fieldCount = 0;
    this.hasContent = false;
  }

  /** Adds the next field: its value is `text[start, end)` (undoing `""` when `form` says so). */
  push(start: number, end: number, form: FieldForm): void {
    if (this.fieldCount === this.starts.length) this.grow();
    this.starts[this.fieldCount] = start;
    this.ends[this.fieldCount] = end;
    this.forms[this.fieldCount] = form;
    this.fieldCount++;
  }

  start(index: number): number {
    return this.starts[index] ?? 0;
  }

  end(index: number): number {
    return this.ends[index] ?? 0;
  }

  form(index: number): FieldForm {
    return (this.forms[index] ?? FieldForm.Plain) as FieldForm;
  }

  /** The value of field `index`, '' past the last field. */
  field(index: number): string {
    if (index >= this.fieldCount) return '';
    const value = this.text.slice(this.start(index), this.end(index));
    // Between a field's quotes there are only other characters and `""` pairs, so undoing each pair is exact.
    return this.form(index) === FieldForm.QuotedWithEscapes ? value.replaceAll('""', '"') : value;
  }

  /** Every field's value. */
  fields(): string[] {
    return Array.from({ length: this.fieldCount }, (_, index) => this.field(index));
  }

  /** The first `width` values, padded with '' (a lenient read of a ragged row). */
  row(width: number): string[] {
    const cells = new Array<string>(width);
    for (let index = 0; index < width; index++) cells[index] = this.field(index);
    return cells;
  }

  private grow(): void {
    const size = 2 * this.starts.length;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const forms = new Uint8Array(size);
    forms.set(this.forms);
    this.starts = starts;
    this.ends = ends;
    this.forms = forms;
  }
}
