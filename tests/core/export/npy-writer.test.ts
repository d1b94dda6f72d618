import { describe, expect, it } from 'vitest';
import { readNpy } from '../../../src/core/dataset/npy-file';
import { npyHeader, writeNpyFloat32 } from '../../../src/core/export/npy-writer';

/** The bytes `numpy.save` writes for a `<f4` array of `shape`, built by hand from the format's spec. */
function numpyReference(shape: string, firstAxisDigits: number, values: readonly number[]): Uint8Array {
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${shape}, }`;
  // numpy ≥ 1.23: room for the growth axis to reach 21 digits, then spaces to a 64-byte boundary and '\n'.
  let header = dict + ' '.repeat(21 - firstAxisDigits);
  while ((10 + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const out = new Uint8Array(10 + header.length + 4 * values.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(new TextEncoder().encode(header), 10);
  const data = new DataView(out.buffer, 10 + header.length);
  values.forEach((value, i) => {
    data.setFloat32(4 * i, value, true);
  });
  return out;
}

describe('writeNpyFloat32', () => {
  it('writes a 2 × 3 matrix exactly as numpy.save does (header, padding, little-endian C-order data)', () => {
    const values = [1.5, -2, 0.25, 3, 4, 1e-3];
    const bytes = writeNpyFloat32(Float32Array.from(values), [2, 3]);
    expect(bytes).toEqual(numpyReference('(2, 3)', 1, values));
    // numpy 2.4 writes this header as 118 bytes: the data starts at byte 128.
    expect(bytes.length - 4 * values.length).toBe(128);
    expect(new DataView(bytes.buffer).getFloat32(128 + 4, true)).toBe(-2);
  });

  it('writes a one-axis shape as Python writes a 1-tuple, and an empty matrix with its shape', () => {
    // The (0, 3) header is the one numpy 2.4 writes: 118 bytes, 58 spaces before the newline.
    expect(writeNpyFloat32(Float32Array.of(7), [1])).toEqual(numpyReference('(1,)', 1, [7]));
    expect(npyHeader([0, 3])).toBe(
      `{'descr': '<f4', 'fortran_order': False, 'shape': (0, 3), }${' '.repeat(58)}\n`,
    );
  });

  it('sizes the spare room by the digits of the first axis', () => {
    const header = npyHeader([12345, 2]);
    expect(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (12345, 2), }")).toBe(true);
    expect((10 + header.length) % 64).toBe(0);
    expect(header.length).toBe(118);
  });

  it('is read back by the importer bit for bit', () => {
    const values = Float32Array.from({ length: 40 }, (_, i) => Math.fround(Math.cos(i) * 1e4));
    const matrix = readNpy('back.npy', writeNpyFloat32(values, [8, 5]));
    expect([matrix.rows, matrix.cols]).toEqual([8, 5]);
    expect(matrix.data).toEqual(values);
  });

  it('refuses a shape that does not hold the values', () => {
    expect(() => writeNpyFloat32(new Float32Array(5), [2, 3])).toThrow(RangeError);
    expect(() => writeNpyFloat32(new Float32Array(0), [-1, 0])).toThrow(RangeError);
  });
});
