import { describe, expect, it } from 'vitest';
import { encodeVarint, ProtoWriter } from './protobuf-writer';

describe('protobuf writer', () => {
  it('encodes varints as the protobuf docs show', () => {
    expect([...encodeVarint(1n)]).toEqual([0x01]);
    expect([...encodeVarint(150n)]).toEqual([0x96, 0x01]);
    // Negative int64 values are their 64-bit two's complement: always ten bytes.
    expect([...encodeVarint(-1n)]).toEqual([...Array<number>(9).fill(0xff), 0x01]);
  });

  it('writes tags, strings and packed fields', () => {
    const bytes = new ProtoWriter().varint(1, 150).string(2, 'hi').packedVarints(3, [3, 270]).finish();
    expect([...bytes]).toEqual([0x08, 0x96, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1a, 0x03, 0x03, 0x8e, 0x02]);
  });
});
