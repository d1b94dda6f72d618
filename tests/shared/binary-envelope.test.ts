import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../src/shared/binary-envelope';

describe('binary envelope', () => {
  it('round-trips nested JSON with typed arrays of every supported kind, bit for bit', () => {
    const coords = new Float32Array([1.5, -2.25, Number.MIN_VALUE, 3.4e38, -0]);
    const value = {
      name: 'кошка',
      nested: [{ coords, ids: new Int32Array([-1, 2, 3]) }],
      bytes: new Uint8Array([0, 255, 7]),
      wide: new Float64Array([Math.PI]),
      unsigned: new Uint32Array([4294967295]),
      flag: true,
      nothing: null,
    };
    const decoded = decodeEnvelope(encodeEnvelope(value)) as typeof value;
    expect(decoded.name).toBe('кошка');
    const first = decoded.nested[0];
    expect(first?.coords).toBeInstanceOf(Float32Array);
    expect(Array.from(first?.coords ?? [])).toEqual(Array.from(coords));
    expect(Object.is(first?.coords[4], -0)).toBe(true);
    expect(Array.from(first?.ids ?? [])).toEqual([-1, 2, 3]);
    expect(Array.from(decoded.bytes)).toEqual([0, 255, 7]);
    expect(decoded.wide[0]).toBe(Math.PI);
    expect(decoded.unsigned[0]).toBe(4294967295);
    expect(decoded.flag).toBe(true);
    expect(decoded.nothing).toBeNull();
  });

  it('stores a typed array as raw bytes, not as JSON numbers', () => {
    const coords = new Float32Array(10_000).map((_value, index) => index * 0.1);
    const encoded = encodeEnvelope({ coords });
    // 40,000 bytes of data plus a small header; JSON text of the same numbers would be several times larger.
    expect(encoded.byteLength).toBeLessThan(40_000 + 200);
  });

  it('decodes a typed array that starts at an unaligned offset of a shared buffer', () => {
    const encoded = encodeEnvelope({ values: new Float64Array([1, 2, 3]) });
    const shifted = new Uint8Array(encoded.byteLength + 3);
    shifted.set(encoded, 3);
    const decoded = decodeEnvelope(shifted.subarray(3)) as { values: Float64Array };
    expect(Array.from(decoded.values)).toEqual([1, 2, 3]);
  });

  it('rejects truncated and foreign bytes with a reason', () => {
    const encoded = encodeEnvelope({ coords: new Float32Array(64) });
    expect(() => decodeEnvelope(encoded.subarray(0, 4))).toThrow(/truncated/);
    expect(() => decodeEnvelope(encoded.subarray(0, encoded.byteLength - 64))).toThrow(/truncated/);
    expect(() => decodeEnvelope(new TextEncoder().encode('{"not":"an envelope"}'))).toThrow(/magic/);
  });
});
