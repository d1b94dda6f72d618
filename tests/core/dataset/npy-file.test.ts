import { describe, expect, it } from 'vitest';
import { readNpy, writeNpy } from '../../../src/core/dataset/npy-file';
import { parseTable } from '../../../src/core/dataset/parse-table';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { expectStudioError } from '../support/expect-studio-error';

/** A .npy file with an arbitrary header and data, as NumPy would write it. */
function npy(header: string, data: Uint8Array): Uint8Array {
  const padded = header + ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
  const bytes = new Uint8Array(10 + padded.length + data.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(bytes.buffer).setUint16(8, padded.length, true);
  bytes.set(new TextEncoder().encode(padded), 10);
  bytes.set(data, 10 + padded.length);
  return bytes;
}

describe('.npy vectors', () => {
  it('round-trips a float32 matrix bit for bit, with a 64-byte aligned header', () => {
    const data = Float32Array.from({ length: 12 }, (_, i) => Math.fround(Math.sin(i) * 1e3));
    const bytes = writeNpy(toEmbeddingMatrix(data, 3, 4));
    expect((bytes.length - data.byteLength) % 64).toBe(0);
    const read = readNpy('v.npy', bytes);
    expect([read.rows, read.cols]).toEqual([3, 4]);
    expect(read.data).toEqual(data);
  });

  it('reads float64 and Fortran-ordered arrays', () => {
    const f64 = new Float64Array([1.5, -2, 3, 4]);
    const read = readNpy(
      'd.npy',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", new Uint8Array(f64.buffer)),
    );
    expect(Array.from(read.data)).toEqual([1.5, -2, 3, 4]);
    const fortran = new Float32Array([1, 2, 3, 4, 5, 6]); // columns of a 2 × 3 array
    const t = readNpy(
      'f.npy',
      npy("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }", new Uint8Array(fortran.buffer)),
    );
    expect(Array.from(t.data)).toEqual([1, 3, 5, 2, 4, 6]);
  });

  it('refuses other dtypes, ranks and cut-off data with the file named', async () => {
    const ints = npy("{'descr': '<i4', 'fortran_order': False, 'shape': (1, 2), }", new Uint8Array(8));
    expect((await expectStudioError(() => readNpy('i.npy', ints), 'unsupported-format')).message).toContain(
      'i.npy',
    );
    const rank1 = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", new Uint8Array(16));
    expect((await expectStudioError(() => readNpy('r.npy', rank1), 'unsupported-format')).message).toContain(
      '2-D',
    );
    const cut = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4, 4), }", new Uint8Array(8));
    await expectStudioError(() => readNpy('c.npy', cut), 'unsupported-format');
    await expectStudioError(() => readNpy('x.npy', new Uint8Array([1, 2, 3])), 'unsupported-format');
  });

  it('opens as a table of numbered rows carrying the vectors', () => {
    const table = parseTable('e.npy', writeNpy(toEmbeddingMatrix(new Float32Array(6), 3, 2)));
    expect(table).toMatchObject({ format: 'npy', columns: ['row'], rows: [['1'], ['2'], ['3']] });
    expect(table.vectors?.cols).toBe(2);
  });
});
