/**
 * The smallest protobuf encoder that can write an ONNX file: varints, 32-bit floats and length-delimited
 * fields. Messages are built bottom-up as byte arrays, so nested messages are just length-delimited bytes.
 * See https://protobuf.dev/programming-guides/encoding/ for the wire format.
 */

/** Wire types used by ONNX's messages. */
const VARINT = 0;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const utf8 = new TextEncoder();

/** Appends protobuf fields to a growing list of chunks; `finish()` concatenates them. */
export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  /** An unsigned or signed integer field (int32/int64/enum); negative values take ten bytes, as protobuf says. */
  varint(field: number, value: number | bigint): this {
    this.tag(field, VARINT);
    this.chunks.push(encodeVarint(BigInt(value)));
    return this;
  }

  /** A `float` field (fixed 32 bits, little-endian). */
  float(field: number, value: number): this {
    this.tag(field, FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.chunks.push(bytes);
    return this;
  }

  /** A `string` field. */
  string(field: number, value: string): this {
    return this.bytes(field, utf8.encode(value));
  }

  /** A `bytes` or embedded-message field. */
  bytes(field: number, value: Uint8Array): this {
    this.tag(field, LENGTH_DELIMITED);
    this.chunks.push(encodeVarint(BigInt(value.length)), value);
    return this;
  }

  /** A packed repeated integer field (`repeated int64 ints`, `repeated int64 dims`). */
  packedVarints(field: number, values: readonly number[]): this {
    const body = concatBytes(values.map((value) => encodeVarint(BigInt(value))));
    return this.bytes(field, body);
  }

  /** The message's bytes. */
  finish(): Uint8Array {
    return concatBytes(this.chunks);
  }

  private tag(field: number, wireType: number): void {
    this.chunks.push(encodeVarint(BigInt((field << 3) | wireType)));
  }
}

/** Base-128 varint; negative numbers are encoded as their 64-bit two's complement. */
export function encodeVarint(value: bigint): Uint8Array {
  let rest = BigInt.asUintN(64, value);
  const bytes: number[] = [];
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest !== 0n) byte |= 0x80;
    bytes.push(byte);
  } while (rest !== 0n);
  return Uint8Array.from(bytes);
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
