import type { RowCodec } from './row-sink';

/** Where a row's UTF-16 units lie in the arena; moved in place when the arena is compacted. */
export interface ArenaRow {
  offset: number;
  length: number;
}

/** 1 Mi UTF-16 units (2 MiB): the first arena. */
const INITIAL_UNITS = 1024 * 1024;

/**
 * 0.8: the arena is at most 1.25 × its live rows. Each compaction (a memmove of the live rows, ~50 MB for a
 * 100,000-row stratified sample, a few ms) then frees a fifth of the arena, room for ~40,000 more rows of
 * that sample: about ten compactions for a 1 GiB file, instead of a doubled arena's unused half.
 */
const LIVE_SHARE = 0.8;

/** 8,192 units per String.fromCharCode call: well under any engine's limit on call arguments. */
const DECODE_UNITS = 8192;

/**
 * Rows of cells waiting in a sample, kept as UTF-16 units in one typed array instead of one string per row.
 * A 1 GiB file pushes about a million rows through a 200,000-row sample; as strings, every row that entered
 * and was pushed out again was old-generation garbage, and V8 let the heap grow to hundreds of MB before a
 * full collection freed it. Here a released row's units are reused: when the arena is full it is compacted
 * in place (live rows slid down, in the order they were written) or, if mostly live, grown.
 * Layout of a row: the cell count and each cell's length as two units each (high, low), then the cells.
 */
export class CellArena implements RowCodec<string[], ArenaRow> {
  /** Empty until the first row: a sink that keeps every row never packs one. */
  private units = new Uint16Array(0);
  private used = 0;
  private liveUnits = 0;
  /** Live rows in the order they were written, which is also their order in the arena. */
  private readonly live = new Set<ArenaRow>();

  pack(cells: string[]): ArenaRow {
    let length = 2 + 2 * cells.length;
    for (const cell of cells) length += cell.length;
    this.reserve(length);
    const { units } = this;
    const row: ArenaRow = { offset: this.used, length };
    let at = this.used;
    at = writePair(units, at, cells.length);
    for (const cell of cells) at = writePair(units, at, cell.length);
    for (const cell of cells) {
      for (let index = 0; index < cell.length; index++) units[at++] = cell.charCodeAt(index);
    }
    this.used = at;
    this.liveUnits += length;
    this.live.add(row);
    return row;
  }

  unpack(row: ArenaRow): string[] {
    const { units } = this;
    const count = readPair(units, row.offset);
    const cells: string[] = [];
    let at = row.offset + 2 + 2 * count;
    for (let index = 0; index < count; index++) {
      const length = readPair(units, row.offset + 2 + 2 * index);
      cells.push(decode(units, at, at + length));
      at += length;
    }
    return cells;
  }

  release(row: ArenaRow): void {
    if (this.live.delete(row)) this.liveUnits -= row.length;
  }

  /**
   * Makes room for `length` more units: compacts in place when the live rows fill at most LIVE_SHARE of the
   * arena, else grows it to 1 / LIVE_SHARE of what is live.
   */
  private reserve(length: number): void {
    if (this.used + length <= this.units.length) return;
    const needed = this.liveUnits + length;
    if (needed <= LIVE_SHARE * this.units.length) {
      this.moveLiveRows(this.units, this.units);
      return;
    }
    const source = this.units;
    this.units = new Uint16Array(Math.max(INITIAL_UNITS, Math.ceil(needed / LIVE_SHARE)));
    this.moveLiveRows(source, this.units);
  }

  /**
   * Writes the live rows one after another from the start of `target`. Within one array this only slides rows
   * down (they are visited in arena order), so no row is overwritten before it is moved.
   */
  private moveLiveRows(source: Uint16Array, target: Uint16Array): void {
    let at = 0;
    for (const row of this.live) {
      if (source === target) target.copyWithin(at, row.offset, row.offset + row.length);
      else target.set(source.subarray(row.offset, row.offset + row.length), at);
      row.offset = at;
      at += row.length;
    }
    this.used = at;
  }
}

function writePair(units: Uint16Array, at: number, value: number): number {
  units[at] = value >>> 16;
  units[at + 1] = value & 0xffff;
  return at + 2;
}

function readPair(units: Uint16Array, at: number): number {
  return (units[at] ?? 0) * 0x10000 + (units[at + 1] ?? 0);
}

function decode(units: Uint16Array, from: number, to: number): string {
  let text = '';
  for (let start = from; start < to; start += DECODE_UNITS) {
    text += String.fromCharCode(...units.subarray(start, Math.min(to, start + DECODE_UNITS)));
  }
  return text;
}
