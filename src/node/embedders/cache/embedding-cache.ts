import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSegmentHeader, readSegmentVectors, TEXT_HASH_BYTES, writeSegment } from './cache-segment';

/** 512 MiB: about 350,000 vectors of 384 floats — several large data sets per model — on any disk. */
export const DEFAULT_CACHE_BYTES = 512 * 1024 * 1024;
/** 4,096 rows per segment (6 MiB at 384-d): the unit that is read on a hit and evicted as least recently used. */
const SEGMENT_ROWS = 4096;

interface Location {
  readonly segment: string;
  readonly row: number;
}

interface SegmentInfo {
  readonly rows: number;
  readonly dimension: number;
}

interface SpaceIndex {
  readonly dir: string;
  readonly entries: Map<string, Location>;
  readonly segments: Map<string, SegmentInfo>;
}

/** SHA-256 of a text: the cache key within a space (the text itself is never stored). */
function hashText(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Vectors already computed, on disk, per "space" (one model at one revision with one pooling, normalisation
 * and prefix: whatever changes a vector). Each space is a folder of append-only segment files, each written
 * once and never changed: the index is rebuilt from their headers on first use (32 bytes per text, so there
 * is no separate index file to drift out of sync), and eviction deletes whole least-recently-used segments
 * (a hit touches its segment's mtime), so no compaction is ever needed. The total stays under `maxBytes`.
 */
export class EmbeddingCache {
  private readonly spaces = new Map<string, Promise<SpaceIndex>>();
  private counter = 0;

  constructor(
    readonly dir: string,
    readonly maxBytes: number = DEFAULT_CACHE_BYTES,
  ) {}

  /** The cached vector of each text (undefined where there is none). */
  async lookup(
    space: string,
    texts: readonly string[],
    dimension: number,
  ): Promise<(Float32Array | undefined)[]> {
    const index = await this.index(space);
    const found: (Float32Array | undefined)[] = texts.map(() => undefined);
    const bySegment = new Map<string, { text: number; row: number }[]>();
    texts.forEach((text, position) => {
      const location = index.entries.get(hashText(text).toString('hex'));
      if (location === undefined || index.segments.get(location.segment)?.dimension !== dimension) return;
      const list = bySegment.get(location.segment) ?? [];
      list.push({ text: position, row: location.row });
      bySegment.set(location.segment, list);
    });
    for (const [segment, wanted] of bySegment) {
      const vectors = await this.readSegment(index, segment);
      if (vectors === undefined) continue;
      for (const { text, row } of wanted) found[text] = vectors.slice(row * dimension, (row + 1) * dimension);
    }
    return found;
  }

  /** Stores `vectors` (`texts.length × dimension`, row-major) and evicts old segments beyond the limit. */
  async store(
    space: string,
    texts: readonly string[],
    vectors: Float32Array,
    dimension: number,
  ): Promise<void> {
    const index = await this.index(space);
    for (let start = 0; start < texts.length; start += SEGMENT_ROWS) {
      const chunk = texts.slice(start, start + SEGMENT_ROWS);
      const hashes = new Uint8Array(chunk.length * TEXT_HASH_BYTES);
      chunk.forEach((text, row) => {
        hashes.set(hashText(text), row * TEXT_HASH_BYTES);
      });
      const segment = `${Date.now()}-${process.pid}-${this.counter++}.seg`;
      const rows = vectors.subarray(start * dimension, (start + chunk.length) * dimension);
      await writeSegment(join(index.dir, segment), hashes, rows, dimension);
      this.addSegment(index, segment, { rows: chunk.length, dimension }, hashes);
    }
    await this.evict();
  }

  private index(space: string): Promise<SpaceIndex> {
    let index = this.spaces.get(space);
    if (index === undefined) {
      index = this.loadIndex(space);
      this.spaces.set(space, index);
    }
    return index;
  }

  private async loadIndex(space: string): Promise<SpaceIndex> {
    const dir = join(this.dir, createHash('sha256').update(space).digest('hex').slice(0, 32));
    await mkdir(dir, { recursive: true });
    // The readable key beside the data, for whoever opens the folder wondering what it holds.
    await writeFile(join(dir, 'space.txt'), `${space}\n`);
    const index: SpaceIndex = { dir, entries: new Map(), segments: new Map() };
    const names = (await readdir(dir)).filter((name) => name.endsWith('.seg')).sort();
    for (const name of names) {
      const header = await readSegmentHeader(join(dir, name)).catch(() => undefined);
      if (header === undefined) await rm(join(dir, name), { force: true });
      else this.addSegment(index, name, header, header.hashes);
    }
    return index;
  }

  private addSegment(index: SpaceIndex, segment: string, info: SegmentInfo, hashes: Uint8Array): void {
    index.segments.set(segment, { rows: info.rows, dimension: info.dimension });
    for (let row = 0; row < info.rows; row++) {
      const key = Buffer.from(hashes.subarray(row * TEXT_HASH_BYTES, (row + 1) * TEXT_HASH_BYTES)).toString(
        'hex',
      );
      index.entries.set(key, { segment, row });
    }
  }

  /** A segment's vectors, touching it as recently used; undefined (and forgotten) when it has gone. */
  private async readSegment(index: SpaceIndex, segment: string): Promise<Float32Array | undefined> {
    const info = index.segments.get(segment);
    const path = join(index.dir, segment);
    try {
      if (info === undefined) return undefined;
      const now = new Date();
      await utimes(path, now, now);
      return await readSegmentVectors(path, { ...info, hashes: new Uint8Array(info.rows * TEXT_HASH_BYTES) });
    } catch {
      // Evicted by another window's core meanwhile: a miss, not an error.
      forgetSegment(index, segment);
      return undefined;
    }
  }

  /** Deletes least-recently-used segments, across all spaces, until the cache fits in `maxBytes`. */
  private async evict(): Promise<void> {
    const files: { space: string; segment: string; size: number; used: number }[] = [];
    for (const space of await readdir(this.dir)) {
      const names = await readdir(join(this.dir, space)).catch(() => []);
      for (const segment of names.filter((name) => name.endsWith('.seg'))) {
        const info = await stat(join(this.dir, space, segment)).catch(() => undefined);
        if (info !== undefined) files.push({ space, segment, size: info.size, used: info.mtimeMs });
      }
    }
    let total = files.reduce((sum, file) => sum + file.size, 0);
    files.sort((a, b) => a.used - b.used || a.segment.localeCompare(b.segment));
    for (const file of files) {
      if (total <= this.maxBytes) break;
      await rm(join(this.dir, file.space, file.segment), { force: true });
      total -= file.size;
      for (const index of this.spaces.values()) {
        const loaded = await index;
        if (loaded.dir === join(this.dir, file.space)) forgetSegment(loaded, file.segment);
      }
    }
  }
}

function forgetSegment(index: SpaceIndex, segment: string): void {
  index.segments.delete(segment);
  for (const [key, location] of index.entries) if (location.segment === segment) index.entries.delete(key);
}
