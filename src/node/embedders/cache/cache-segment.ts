import { open, rename, writeFile } from 'node:fs/promises';

/** "ESC1": marks a segment file of this format, version 1. */
const MAGIC = 0x31435345;
/** Magic, row count, dimension: three little-endian u32. */
const HEADER_BYTES = 12;
/** A SHA-256 digest of each text. */
export const TEXT_HASH_BYTES = 32;

/** What a segment holds, without its vectors: enough to index it. */
export interface SegmentHeader {
  readonly rows: number;
  readonly dimension: number;
  /** `rows × 32` bytes: the text hashes, in row order. */
  readonly hashes: Uint8Array;
}

/**
 * Writes one segment: header, the text hashes, then `rows × dimension` float32 vectors. Written to a
 * temporary name and renamed, so a crash never leaves a half-written segment that the index would trust.
 */
export async function writeSegment(
  path: string,
  hashes: Uint8Array,
  vectors: Float32Array,
  dimension: number,
): Promise<void> {
  const rows = hashes.byteLength / TEXT_HASH_BYTES;
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, rows, true);
  header.setUint32(8, dimension, true);
  const body = new Uint8Array(vectors.buffer, vectors.byteOffset, rows * dimension * 4);
  const temporary = `${path}.tmp`;
  await writeFile(temporary, [new Uint8Array(header.buffer), hashes, body]);
  await rename(temporary, path);
}

/** Reads a segment's header and hashes (not its vectors); undefined when the file is not a valid segment. */
export async function readSegmentHeader(path: string): Promise<SegmentHeader | undefined> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(HEADER_BYTES);
    await handle.read(head, 0, HEADER_BYTES, 0);
    const view = new DataView(head.buffer);
    if (view.getUint32(0, true) !== MAGIC) return undefined;
    const rows = view.getUint32(4, true);
    const dimension = view.getUint32(8, true);
    const hashes = new Uint8Array(rows * TEXT_HASH_BYTES);
    const { bytesRead } = await handle.read(hashes, 0, hashes.byteLength, HEADER_BYTES);
    const { size } = await handle.stat();
    if (bytesRead !== hashes.byteLength || size !== HEADER_BYTES + hashes.byteLength + rows * dimension * 4) {
      return undefined;
    }
    return { rows, dimension, hashes };
  } finally {
    await handle.close();
  }
}

/** Reads all vectors of a segment as one `rows × dimension` array. */
export async function readSegmentVectors(path: string, header: SegmentHeader): Promise<Float32Array> {
  const handle = await open(path, 'r');
  try {
    const vectors = new Float32Array(header.rows * header.dimension);
    const bytes = new Uint8Array(vectors.buffer);
    await handle.read(bytes, 0, bytes.byteLength, HEADER_BYTES + header.hashes.byteLength);
    return vectors;
  } finally {
    await handle.close();
  }
}
