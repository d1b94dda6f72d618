import type { RowCodec } from './row-sink';

/** A row's id in the arena: a small integer, so holding one allocates nothing. */
export type ArenaRow = number;

/** 1 Mi UTF-16 units (2 MiB): the first arena. */
const INITIAL_UNITS = 1024 * 1024;

/** 1,024 row ids at first; the id tables double when they run out. */
const INITIAL_IDS = 1024;

/** Marks the end of the live list. */
const NONE = -1;

/**
 * 0.8: while the live rows fill at most this share of a full arena, it is compacted in place (a memmove of
 * the live rows, ~50 MB for a 100,000-row stratified sample, a few ms), which frees at least a fifth of it.
 */
const LIVE_SHARE = 0.8;

/**
 * 0.7: a grown arena starts this full, so it grows again only when the live rows grow by a seventh. Growing
 * to exactly 1 / LIVE_SHARE made a full sample, whose live units creep up as longer rows replace shorter
 * ones, grow by a few hundred KB again and again, each time leaving a 57 MB array for a full collection
 * (183 MB of external memory at the peak of a 1 GiB import).
 */
const GROWN_SHARE = 0.7;

/** 8,192 units per String.fromCharCode call: well under any engine's limit on call arguments. */
const DECODE_UNITS = 8192;

/**
 * Rows of cells waiting in a sample, kept as UTF-16 units in one typed array instead of one string per row,
 * and named by integer ids whose places live in typed arrays. A 1 GiB file pushes about a million rows
 * through a 200,000-row sample; as strings (or as one small object per row), every row that entered and was
 * pushed out again became old-generation garbage, and V8 let the heap grow by a hundred MB and more before a
 * full collection freed it. Here a released row's units and id are reused: when the arena is full it is
 * compacted in place (live rows slid down, in the order they were written) or, if mostly live, grown.
 * Layout of a row: the cell count and each cell's length as two units each (high, low), then the cells.
 */
export class CellArena implements RowCodec<string[], ArenaRow> {
  /** Empty until the first row: a sink that keeps every row never packs one. */
  private units = new Uint16Array(0);
  private used = 0;
  private liveUnits = 0;
  private liveRows = 0;
  /** Each id's place: Float64 offsets, since an arena may pass 2^31 units. */
  private offsets = new Float64Array(0);
  private lengths = new Uint32Array(0);
  /** Live ids in the order they were written (also their order in the arena), as a doubly linked list. */
  private next = new Int32Array(0);
  private previous = new Int32Array(0);
  private head = NONE;
  private tail = NONE;
  /** Released ids, reused before new ones. */
  private freeIds = new Int32Array(0);
  private freeCount = 0;
  private idCount = 0;
  /** The most rows the sink will hold at once (0: unknown), to size the arena in one step. */
  private expectedRows = 0;

  expect(rows: number): void {
    this.expectedRows = rows;
  }

  pack(cells: string[]): ArenaRow {
    let length = 2 + 2 * cells.length;
    for (const cell of cells) length += cell.length;
    this.reserve(length);
    const { units } = this;
    const start = this.used;
    let at = writePair(units, start, cells.length);
    for (const cell of cells) at = writePair(units, at, cell.length);
    for (const cell of cells) {
      for (let index = 0; index < cell.length; index++) units[at++] = cell.charCodeAt(index);
    }
    this.used = at;
    return this.link(start, length);
  }

  unpack(row: ArenaRow): string[] {
    const { units } = this;
    const offset = this.offsets[row] ?? 0;
    const count = readPair(units, offset);
    const cells: string[] = [];
    let at = offset + 2 + 2 * count;
    for (let index = 0; index < count; index++) {
      const length = readPair(units, offset + 2 + 2 * index);
      cells.push(decode(units, at, at + length));
      at += length;
    }
    return cells;
  }

  release(row: ArenaRow): void {
    if (row < 0 || row >= this.idCount || (this.lengths[row] ?? 0) === 0) return;
    const before = this.previous[row] ?? NONE;
    const after = this.next[row] ?? NONE;
    if (before === NONE) this.head = after;
    else this.next[before] = after;
    if (after === NONE) this.tail = before;
    else this.previous[after] = before;
    this.liveUnits -= this.lengths[row] ?? 0;
    this.liveRows--;
    // A length of 0 marks a released id (a live row is at least its 2-unit cell count).
    this.lengths[row] = 0;
    this.freeIds[this.freeCount++] = row;
  }

  /** Gives the row at `offset` an id at the end of the live list. */
  private link(offset: number, length: number): ArenaRow {
    if (this.freeCount === 0) this.growIds();
    const row = this.freeIds[--this.freeCount] ?? 0;
    this.offsets[row] = offset;
    this.lengths[row] = length;
    this.previous[row] = this.tail;
    this.next[row] = NONE;
    if (this.tail === NONE) this.head = row;
    else this.next[this.tail] = row;
    this.tail = row;
    this.liveUnits += length;
    this.liveRows++;
    return row;
  }

  /** Doubles the id tables (a few KB to a few MB, rarely: ids are reused) and frees the new ids. */
  private growIds(): void {
    const count = Math.max(INITIAL_IDS, 2 * this.idCount);
    this.offsets = grown(this.offsets, new Float64Array(count));
    this.lengths = grown(this.lengths, new Uint32Array(count));
    this.next = grown(this.next, new Int32Array(count));
    this.previous = grown(this.previous, new Int32Array(count));
    this.freeIds = grown(this.freeIds, new Int32Array(count));
    // Highest first, so ids are handed out from the lowest up.
    for (let id = count - 1; id >= this.idCount; id--) this.freeIds[this.freeCount++] = id;
    this.idCount = count;
  }

  /**
   * Makes room for `length` more units: compacts in place when the live rows fill at most LIVE_SHARE of the
   * arena, else grows it to 1 / GROWN_SHARE of what is live (or of what the expected rows will take).
   */
  private reserve(length: number): void {
    if (this.used + length <= this.units.length) return;
    const needed = this.liveUnits + length;
    if (needed <= LIVE_SHARE * this.units.length) {
      this.moveLiveRows(this.units, this.units);
      return;
    }
    const source = this.units;
    const target = Math.max(needed, this.expectedUnits()) / GROWN_SHARE;
    this.units = new Uint16Array(Math.max(INITIAL_UNITS, Math.ceil(target)));
    this.moveLiveRows(source, this.units);
  }

  /**
   * The units the expected rows take at the live rows' mean length: growing straight there (instead of by
   * small steps) leaves one outgrown array as garbage, not a dozen. Old arrays are freed only by a full
   * collection.
   */
  private expectedUnits(): number {
    return this.liveRows === 0 ? 0 : Math.ceil((this.liveUnits / this.liveRows) * this.expectedRows);
  }

  /**
   * Writes the live rows one after another from the start of `target`. Within one array this only slides rows
   * down (they are visited in arena order), so no row is overwritten before it is moved.
   */
  private moveLiveRows(source: Uint16Array, target: Uint16Array): void {
    let at = 0;
    for (let row = this.head; row !== NONE; row = this.next[row] ?? NONE) {
      const offset = this.offsets[row] ?? 0;
      const length = this.lengths[row] ?? 0;
      if (source === target) target.copyWithin(at, offset, offset + length);
      else target.set(source.subarray(offset, offset + length), at);
      this.offsets[row] = at;
      at += length;
    }
    this.used = at;
  }
}

/** `target` with `source` copied to its start. */
function grown<T extends Float64Array | Uint32Array | Int32Array>(source: T, target: T): T {
  target.set(source);
  return target;
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
