/** True on little-endian hosts (all current browsers' and Node's platforms), where bytes can be copied as is. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A float32 array as little-endian bytes (the project format's byte order, whatever the host's). */
export function float32ToBytes(values: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(values.length * 4);
  if (LITTLE_ENDIAN) {
    bytes.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    return bytes;
  }
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => {
    view.setFloat32(index * 4, value, true);
  });
  return bytes;
}

/** Little-endian bytes as a fresh float32 array; null when the byte count is not `count` floats. */
export function bytesToFloat32(bytes: Uint8Array, count: number): Float32Array<ArrayBuffer> | null {
  if (bytes.length !== count * 4) return null;
  const values = new Float32Array(count);
  if (LITTLE_ENDIAN) {
    new Uint8Array(values.buffer).set(bytes);
    return values;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i++) values[i] = view.getFloat32(i * 4, true);
  return values;
}
