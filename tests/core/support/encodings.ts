/** Byte encodings the tests need but TextEncoder does not provide (it writes UTF-8 only). */

/** UTF-8 bytes, optionally with a byte order mark. */
export function utf8(text: string, withBom = false): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  if (!withBom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** UTF-16 with its byte order mark, little- or big-endian. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[2 + 2 * i] = first;
    out[3 + 2 * i] = second;
  }
  return out;
}

/** Windows-1251 for ASCII and the 66 Russian letters (А–я are contiguous from 0xC0; Ё/ё sit apart). */
export function windows1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Array.from(text), (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    throw new Error(`windows1251 test helper cannot encode "${char}"`);
  });
}
