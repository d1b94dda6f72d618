import { describe, expect, it } from 'vitest';
import {
  FieldForm,
  isTrimmedSpace,
  ScannedRecord,
} from '../../../../src/core/dataset/streaming/scanned-record';
import { StratumNames } from '../../../../src/core/dataset/streaming/stratum-names';

describe('ScannedRecord', () => {
  it('counts as whitespace exactly the UTF-16 units String.prototype.trim removes', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isTrimmedSpace(code), `U+${code.toString(16)}`).toBe(String.fromCharCode(code).trim() === '');
    }
  });

  it('builds fields from their positions: plain, quoted, with doubled quotes undone, padded past the end', () => {
    const text = 'ab,"c,d","e""f""",';
    const record = new ScannedRecord();
    record.reset(text, 3);
    record.push(0, 2, FieldForm.Plain);
    record.push(4, 7, FieldForm.Quoted);
    record.push(10, 16, FieldForm.QuotedWithEscapes);
    record.push(18, 18, FieldForm.Plain);
    expect(record.fields()).toEqual(['ab', 'c,d', 'e"f"', '']);
    expect(record.row(6)).toEqual(['ab', 'c,d', 'e"f"', '', '', '']);
    expect(record.row(2)).toEqual(['ab', 'c,d']);
  });

  it('grows for a record of more fields than its first tables hold', () => {
    const text = 'x'.repeat(300);
    const record = new ScannedRecord();
    record.reset(text, 1);
    for (let index = 0; index < 300; index++) record.push(index, index + 1, FieldForm.Plain);
    expect(record.fields()).toEqual(Array<string>(300).fill('x'));
  });
});

describe('StratumNames', () => {
  it('gives one string per name, found from the characters whether plain, quoted or with doubled quotes', () => {
    const text = 'кошка,"кошка",a""b,"a""b",,"","long label of more than thirteen characters"';
    const record = new ScannedRecord();
    record.reset(text, 1);
    record.push(0, 5, FieldForm.Plain);
    record.push(7, 12, FieldForm.Quoted);
    record.push(14, 18, FieldForm.Plain);
    record.push(20, 24, FieldForm.QuotedWithEscapes);
    record.push(26, 26, FieldForm.Plain);
    record.push(28, 28, FieldForm.Quoted);
    record.push(31, 74, FieldForm.Quoted);
    const names = new StratumNames();
    const values = [0, 1, 2, 3, 4, 5, 6, 7].map((column) => names.nameOf(record, column));
    expect(values).toEqual([
      'кошка',
      'кошка',
      'a""b',
      'a"b',
      '',
      '',
      'long label of more than thirteen characters',
      '',
    ]);
    expect(names.nameOf(record, 1)).toBe(values[0]);
    expect(names.nameOf(record, -1)).toBe('');
  });
});
