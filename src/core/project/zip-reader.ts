import { crc32 } from './crc32';
import { InflateLimitExceeded, inflateRaw } from './deflate';
import { ZIP } from './zip-format';

/** Why a ZIP could not be read, as a phrase ("the file is cut off"); the caller names the file. */
export class ZipDamage extends Error {}

/**
 * 2 GiB: a project holds at most a few 512 MiB data sets (openFile's limit) with their maps; more than this
 * unpacked is not a file we wrote, and inflating it would exhaust the memory of the machines we run on.
 */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly packedSize: number;
  readonly size: number;
  readonly offset: number;
}

function findEnd(view: DataView): number {
  const last = view.byteLength - ZIP.endRecordBytes;
  const first = Math.max(0, last - ZIP.maxCommentBytes);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === ZIP.endSignature) return at;
  }
  throw new ZipDamage('it is not a ZIP container, or its end is cut off');
}

function readCentral(bytes: Uint8Array, view: DataView): CentralEntry[] {
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + ZIP.centralHeaderBytes > end || view.getUint32(at, true) !== ZIP.centralSignature) {
      throw new ZipDamage('its table of contents is damaged');
    }
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(
        bytes.subarray(at + ZIP.centralHeaderBytes, at + ZIP.centralHeaderBytes + nameLength),
      ),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      packedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += ZIP.centralHeaderBytes + skip;
  }
  return entries;
}

async function readEntry(bytes: Uint8Array, view: DataView, entry: CentralEntry): Promise<Uint8Array> {
  const at = entry.offset;
  if (at + ZIP.localHeaderBytes > bytes.length || view.getUint32(at, true) !== ZIP.localSignature) {
    throw new ZipDamage(`the entry ${entry.name} is missing or cut off`);
  }
  const start = at + ZIP.localHeaderBytes + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packedSize > bytes.length) throw new ZipDamage(`the entry ${entry.name} is cut off`);
  const packed = bytes.subarray(start, start + entry.packedSize);
  let data: Uint8Array;
  if (entry.method === ZIP.stored) data = packed;
  else if (entry.method === ZIP.deflated) data = await inflate(packed, entry);
  else
    throw new ZipDamage(
      `the entry ${entry.name} uses compression method ${entry.method}, which is not supported`,
    );
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw new ZipDamage(`the entry ${entry.name} fails its checksum (CRC-32)`);
  }
  return data;
}

/** Inflates an entry, but never past the size it declares: a ZIP bomb stops at its first extra byte. */
async function inflate(packed: Uint8Array, entry: CentralEntry): Promise<Uint8Array> {
  try {
    return await inflateRaw(packed, entry.size);
  } catch (error) {
    if (error instanceof InflateLimitExceeded) {
      throw new ZipDamage(`the entry ${entry.name} is larger than its declared size of ${entry.size} bytes`);
    }
    throw new ZipDamage(`the entry ${entry.name} cannot be decompressed (${(error as Error).message})`);
  }
}

/**
 * Reads every entry of a ZIP archive (as written by `writeZip`, or by any tool that uses stored or DEFLATE
 * entries without ZIP64), checking each entry's size and CRC-32. Throws {@link ZipDamage} saying what is wrong.
 */
export async function readZip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  if (bytes.length < ZIP.endRecordBytes) throw new ZipDamage('it is too short to be a project file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentral(bytes, view);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_UNPACKED_BYTES) {
    throw new ZipDamage(
      `its entries claim ${declared} bytes unpacked, more than the ${MAX_UNPACKED_BYTES} a project can hold`,
    );
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) files.set(entry.name, await readEntry(bytes, view, entry));
  return files;
}
