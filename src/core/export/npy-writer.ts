/**
 * Writes a float32 array as a NumPy `.npy` file (format version 1.0), byte for byte as `numpy.save` does, so
 * `numpy.load` reads it and a file saved here compares equal to one NumPy wrote from the same values.
 * The format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
 */

/** "\x93NUMPY" followed by the format version 1.0. */
const MAGIC_AND_VERSION = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 0x01, 0x00];
/** Magic and version (8 bytes) + the header length as a little-endian u16 (2 bytes). */
const PREFIX_BYTES = 10;
/** NumPy pads the header so that the data starts at a multiple of 64 bytes (aligned for any dtype). */
const HEADER_ALIGNMENT = 64;
/**
 * NumPy (≥ 1.23) leaves room after the dict for the growth axis to reach 21 digits, so that a writer can
 * grow the array in place: `GROWTH_AXIS_MAX_DIGITS` in numpy/lib/format.py.
 */
const GROWTH_AXIS_MAX_DIGITS = 21;
/** A version 1.0 header's length is a u16. */
const MAX_HEADER_BYTES = 0xffff;

/** How Python's `repr` writes a shape tuple: `(3,)` for one axis, `(2, 3)` for two, `()` for none. */
function shapeRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0] ?? 0},)`;
  return `(${shape.join(', ')})`;
}

/** The header text, padded with spaces and ended by a newline exactly as `numpy.save` writes it. */
export function npyHeader(shape: readonly number[]): string {
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${shapeRepr(shape)}, }`;
  // The spare room is sized by the first axis (the one that grows in C order).
  const growth = shape.length > 0 ? GROWTH_AXIS_MAX_DIGITS - String(shape[0] ?? 0).length : 0;
  const unpadded = dict + ' '.repeat(Math.max(0, growth));
  // +1 for the closing newline.
  const padding = HEADER_ALIGNMENT - ((PREFIX_BYTES + unpadded.length + 1) % HEADER_ALIGNMENT);
  return `${unpadded}${' '.repeat(padding)}\n`;
}

/**
 * The `.npy` bytes of `values` shaped `shape` (row-major, "C order"), as little-endian float32 (`<f4`).
 * Throws a RangeError when the shape does not hold exactly `values.length` values: a caller's bug.
 */
export function writeNpyFloat32(values: Float32Array, shape: readonly number[]): Uint8Array<ArrayBuffer> {
  const count = shape.reduce((product, size) => product * size, 1);
  if (shape.some((size) => !Number.isSafeInteger(size) || size < 0) || count !== values.length) {
    throw new RangeError(`The shape (${shape.join(', ')}) does not hold ${values.length} values.`);
  }
  const header = npyHeader(shape);
  if (header.length > MAX_HEADER_BYTES) throw new RangeError('The .npy header is too long for version 1.0.');
  const bytes = new Uint8Array(PREFIX_BYTES + header.length + 4 * values.length);
  bytes.set(MAGIC_AND_VERSION, 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(8, header.length, true);
  // The header is ASCII (digits, quotes, spaces), so one byte per character.
  for (let i = 0; i < header.length; i++) bytes[PREFIX_BYTES + i] = header.charCodeAt(i);
  const dataOffset = PREFIX_BYTES + header.length;
  for (let i = 0; i < values.length; i++) view.setFloat32(dataOffset + 4 * i, values[i] ?? 0, true);
  return bytes;
}
