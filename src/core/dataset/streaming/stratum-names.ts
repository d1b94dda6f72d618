import { FieldForm, type ScannedRecord } from './scanned-record';

/**
 * The stratum names seen so far, found again from a record's characters without building a string: a
 * stratified sample needs every row's stratum, and a 1 GiB file has millions of rows but a handful of labels.
 * A name is hashed from its character codes and compared with the few names of the same hash; only a new
 * name (or one written with `""`, which is rare) becomes a string.
 */
export class StratumNames {
  private readonly byHash = new Map<number, string[]>();

  /** The value of `record`'s field `column` ('' past its last field), as the one string kept for that name. */
  nameOf(record: ScannedRecord, column: number): string {
    if (column < 0 || column >= record.fieldCount) return '';
    if (record.form(column) === FieldForm.QuotedWithEscapes) return this.intern(record.field(column));
    const { text } = record;
    const start = record.start(column);
    const end = record.end(column);
    const hash = hashOf(text, start, end);
    for (const name of this.byHash.get(hash) ?? []) {
      if (sameText(name, text, start, end)) return name;
    }
    return this.add(hash, text.slice(start, end));
  }

  private intern(name: string): string {
    const hash = hashOf(name, 0, name.length);
    return this.byHash.get(hash)?.find((known) => known === name) ?? this.add(hash, name);
  }

  private add(hash: number, name: string): string {
    // A flat copy (a slice of 13+ characters is a view of its parent in V8), so a kept name does not hold on
    // to the chunk of text it was cut from. Only new names get here: at most MAX_STRATA + 1 of them.
    const kept = name.split('').join('');
    const bucket = this.byHash.get(hash);
    if (bucket === undefined) this.byHash.set(hash, [kept]);
    else bucket.push(kept);
    return kept;
  }
}

/** FNV-1a over `text[start, end)`'s UTF-16 units. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

function sameText(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let index = 0; index < name.length; index++) {
    if (name.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  }
  return true;
}
