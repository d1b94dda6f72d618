/**
 * Raw DEFLATE (RFC 1951, as ZIP stores it) through the standard CompressionStream/DecompressionStream,
 * which browsers and Node ≥ 20.12 provide as globals. The core stays free of Node and DOM imports: the
 * constructors are looked up on `globalThis`, and callers fall back to storing when they are missing.
 */

interface TransformPair {
  readonly writable: WritableStream<Uint8Array>;
  readonly readable: ReadableStream<Uint8Array>;
}
type StreamConstructor = new (format: 'deflate-raw') => TransformPair;

function streamConstructor(name: 'CompressionStream' | 'DecompressionStream'): StreamConstructor | undefined {
  const candidate = (globalThis as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as StreamConstructor) : undefined;
}

/** True when this runtime can compress and decompress raw DEFLATE. */
export function deflateAvailable(): boolean {
  return (
    streamConstructor('CompressionStream') !== undefined &&
    streamConstructor('DecompressionStream') !== undefined
  );
}

/** The output went past the most bytes the caller allowed (a ZIP entry larger than it declares: a bomb). */
export class InflateLimitExceeded extends Error {}

async function pump(
  bytes: Uint8Array,
  stream: TransformPair,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // The write's failure (corrupt input) also errors the readable side, where it is reported; not twice.
  writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    if (length > maxBytes) {
      // Stop inflating at once: the rest of a bomb is never produced, so it costs no memory.
      await reader.cancel();
      throw new InflateLimitExceeded(`it expands to more than ${maxBytes} bytes`);
    }
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function required(name: 'CompressionStream' | 'DecompressionStream'): StreamConstructor {
  const constructor = streamConstructor(name);
  if (constructor === undefined) throw new Error(`${name} is not available in this runtime`);
  return constructor;
}

/** Compresses with raw DEFLATE; throws when the runtime lacks CompressionStream (check {@link deflateAvailable}). */
export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return pump(bytes, new (required('CompressionStream'))('deflate-raw'));
}

/**
 * Decompresses raw DEFLATE; rejects on corrupt data, when the runtime lacks DecompressionStream, or with
 * {@link InflateLimitExceeded} as soon as the output passes `maxBytes`.
 */
export function inflateRaw(bytes: Uint8Array, maxBytes?: number): Promise<Uint8Array> {
  return pump(bytes, new (required('DecompressionStream'))('deflate-raw'), maxBytes);
}
