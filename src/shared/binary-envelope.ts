/**
 * A tiny binary message format for the web transport: JSON for the structure, raw bytes for typed arrays.
 * Electron IPC and worker messages use structured clone and need none of this; HTTP does, and turning a
 * million coordinates into JSON numbers would cost ~10× the bytes and the parse time.
 *
 * Layout (little-endian): "ESB1" magic · u32 JSON byte length · JSON (UTF-8) · zero padding to a multiple of 8
 * · each binary segment, in order, each padded to a multiple of 8 (so Float64 views stay aligned).
 * In the JSON, a typed array is replaced by `{ "$typed": kind, "segment": i, "length": n }`.
 */

const MAGIC = 0x31425345; // "ESB1" read as a little-endian u32
const HEADER_BYTES = 8;
const ALIGNMENT = 8;

type TypedArrayKind = 'u8' | 'f32' | 'f64' | 'i32' | 'u32';

type SupportedTypedArray = Uint8Array | Float32Array | Float64Array | Int32Array | Uint32Array;

const CONSTRUCTORS = {
  u8: Uint8Array,
  f32: Float32Array,
  f64: Float64Array,
  i32: Int32Array,
  u32: Uint32Array,
} as const;

interface TypedArrayMarker {
  readonly $typed: TypedArrayKind;
  readonly segment: number;
  readonly length: number;
}

function kindOf(value: unknown): TypedArrayKind | undefined {
  if (value instanceof Uint8Array) return 'u8';
  if (value instanceof Float32Array) return 'f32';
  if (value instanceof Float64Array) return 'f64';
  if (value instanceof Int32Array) return 'i32';
  if (value instanceof Uint32Array) return 'u32';
  return undefined;
}

function padded(length: number): number {
  return Math.ceil(length / ALIGNMENT) * ALIGNMENT;
}

/** Encodes a JSON-compatible value that may contain typed arrays at any depth. */
export function encodeEnvelope(value: unknown): Uint8Array {
  const segments: SupportedTypedArray[] = [];
  const json = JSON.stringify(value, (_key, item: unknown) => {
    const kind = kindOf(item);
    if (kind === undefined) return item;
    const array = item as SupportedTypedArray;
    segments.push(array);
    return { $typed: kind, segment: segments.length - 1, length: array.length } satisfies TypedArrayMarker;
  });
  const jsonBytes = new TextEncoder().encode(json);
  const total = segments.reduce(
    (sum, segment) => sum + padded(segment.byteLength),
    padded(HEADER_BYTES + jsonBytes.byteLength),
  );
  const out = new Uint8Array(total);
  const header = new DataView(out.buffer);
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, jsonBytes.byteLength, true);
  out.set(jsonBytes, HEADER_BYTES);
  let offset = padded(HEADER_BYTES + jsonBytes.byteLength);
  for (const segment of segments) {
    out.set(new Uint8Array(segment.buffer, segment.byteOffset, segment.byteLength), offset);
    offset += padded(segment.byteLength);
  }
  return out;
}

function isMarker(value: unknown): value is TypedArrayMarker {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['$typed'] === 'string' &&
    typeof record['segment'] === 'number' &&
    typeof record['length'] === 'number'
  );
}

/** Decodes what {@link encodeEnvelope} wrote; throws a descriptive Error on anything malformed. */
export function decodeEnvelope(bytes: Uint8Array): unknown {
  if (bytes.byteLength < HEADER_BYTES) throw new Error('Binary message is truncated: no header.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('Binary message has the wrong magic number.');
  const jsonLength = view.getUint32(4, true);
  if (HEADER_BYTES + jsonLength > bytes.byteLength)
    throw new Error('Binary message is truncated: JSON cut short.');
  const json = new TextDecoder('utf-8', { fatal: true }).decode(
    bytes.subarray(HEADER_BYTES, HEADER_BYTES + jsonLength),
  );
  const segmentStarts: number[] = [];
  const markers: TypedArrayMarker[] = [];
  const parsed: unknown = JSON.parse(json, (_key, item: unknown) => {
    if (!isMarker(item)) return item;
    markers.push(item);
    return item;
  });
  // Segment offsets follow from the lengths in segment order.
  const ordered = [...markers].sort((a, b) => a.segment - b.segment);
  let offset = padded(HEADER_BYTES + jsonLength);
  for (const marker of ordered) {
    const constructor = CONSTRUCTORS[marker.$typed];
    segmentStarts[marker.segment] = offset;
    offset += padded(marker.length * constructor.BYTES_PER_ELEMENT);
  }
  if (offset > padded(bytes.byteLength))
    throw new Error('Binary message is truncated: data segments cut short.');
  return reviveMarkers(parsed, bytes, segmentStarts);
}

function reviveMarkers(value: unknown, bytes: Uint8Array, starts: readonly number[]): unknown {
  if (isMarker(value)) {
    const constructor = CONSTRUCTORS[value.$typed];
    const start = starts[value.segment] ?? 0;
    // Copy into a fresh, aligned buffer: the incoming bytes may sit at any offset of a shared buffer.
    const copy = bytes.slice(start, start + value.length * constructor.BYTES_PER_ELEMENT);
    return new constructor(copy.buffer, 0, value.length);
  }
  if (Array.isArray(value)) return value.map((item) => reviveMarkers(item, bytes, starts));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = reviveMarkers(item, bytes, starts);
    return out;
  }
  return value;
}
