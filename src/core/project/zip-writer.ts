import { crc32 } from './crc32';
import { deflateAvailable, deflateRaw } from './deflate';
import { ZIP } from './zip-format';

/** One file to put in a ZIP. */
export interface ZipEntryInput {
  readonly name: string;
  readonly data: Uint8Array;
  /** Try DEFLATE (kept only when it saves space); float arrays barely compress, so they are stored. */
  readonly compress: boolean;
}

interface PreparedEntry {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
  readonly offset: number;
}

async function prepare(entry: ZipEntryInput, offset: number, canDeflate: boolean): Promise<PreparedEntry> {
  const name = new TextEncoder().encode(entry.name);
  const crc = crc32(entry.data);
  const packed = entry.compress && canDeflate ? await deflateRaw(entry.data) : undefined;
  const deflated = packed !== undefined && packed.length < entry.data.length;
  const body = deflated ? packed : entry.data;
  return { name, method: deflated ? ZIP.deflated : ZIP.stored, crc, size: entry.data.length, body, offset };
}

/** The fields local and central headers share, from "version needed" to the name length. */
function writeCommon(view: DataView, at: number, entry: PreparedEntry): void {
  view.setUint16(at, ZIP.version, true);
  view.setUint16(at + 2, ZIP.utf8Flag, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, ZIP.dosTime, true);
  view.setUint16(at + 8, ZIP.dosDate, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.body.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
}

function localHeader(entry: PreparedEntry): Uint8Array {
  const bytes = new Uint8Array(ZIP.localHeaderBytes + entry.name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, ZIP.localSignature, true);
  writeCommon(view, 4, entry);
  bytes.set(entry.name, ZIP.localHeaderBytes);
  return bytes;
}

function centralHeader(entry: PreparedEntry): Uint8Array {
  const bytes = new Uint8Array(ZIP.centralHeaderBytes + entry.name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, ZIP.centralSignature, true);
  view.setUint16(4, ZIP.version, true);
  writeCommon(view, 6, entry);
  view.setUint32(42, entry.offset, true);
  bytes.set(entry.name, ZIP.centralHeaderBytes);
  return bytes;
}

function endRecord(count: number, centralSize: number, centralOffset: number): Uint8Array {
  const bytes = new Uint8Array(ZIP.endRecordBytes);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, ZIP.endSignature, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, centralOffset, true);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Writes a ZIP archive any unzip tool opens: UTF-8 names, a fixed timestamp, each entry stored or raw
 * DEFLATE-compressed (when the runtime has CompressionStream), no ZIP64 (a project stays under 4 GiB because
 * openFile accepts at most 512 MiB of data).
 */
export async function writeZip(entries: readonly ZipEntryInput[]): Promise<Uint8Array<ArrayBuffer>> {
  const canDeflate = deflateAvailable();
  const prepared: PreparedEntry[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const ready = await prepare(entry, offset, canDeflate);
    const header = localHeader(ready);
    parts.push(header, ready.body);
    offset += header.length + ready.body.length;
    prepared.push(ready);
  }
  const central = prepared.map(centralHeader);
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  return concat([...parts, ...central, endRecord(prepared.length, centralSize, offset)]);
}
