import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../../../../src/core/math/random';

/** A small vocabulary with Cyrillic and Latin words and exactly representable float32 values. */
export const VOCABULARY: readonly [string, readonly number[]][] = [
  ['кошка', [1, 0.5, -0.25]],
  ['собака', [0.75, 0.5, -0.5]],
  ['cat', [1, 0.5, -0.125]],
  ['dog', [-2.5, 1.25, 3]],
  ['ёж', [0, 0, 1e-3]],
];

/** `word v1 … vd` lines, as GloVe writes them. */
export function textLines(entries: readonly (readonly [string, readonly number[]])[]): string {
  return entries.map(([word, vector]) => `${word} ${vector.join(' ')}\n`).join('');
}

/** word2vec binary: header, then word + space + little-endian float32s (+ newline unless told otherwise). */
export function binaryFile(
  entries: readonly (readonly [string, readonly number[]])[],
  options: { newline?: boolean; count?: number } = {},
): Uint8Array {
  const dimension = entries[0]?.[1].length ?? 0;
  const parts: Uint8Array[] = [new TextEncoder().encode(`${options.count ?? entries.length} ${dimension}\n`)];
  for (const [word, vector] of entries) {
    parts.push(new TextEncoder().encode(`${word} `));
    const floats = new Float32Array(vector);
    const bytes = new Uint8Array(floats.byteLength);
    const view = new DataView(bytes.buffer);
    floats.forEach((value, index) => {
      view.setFloat32(index * 4, value, true);
    });
    parts.push(bytes);
    if (options.newline !== false) parts.push(new Uint8Array([0x0a]));
  }
  return Buffer.concat(parts);
}

/** A fresh temporary folder for one test file's vector files. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'es-vectors-'));
}

/** Writes `content` to `folder/name` and returns the path. */
export function writeVectorFile(folder: string, name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** `bytes` cut into chunks of `size` bytes, or of seeded random sizes from 1 to 97 when size is 'random'. */
export function chunked(bytes: Uint8Array, size: number | 'random', seed = 1): Uint8Array[] {
  const random = createRandom(seed);
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const length = size === 'random' ? 1 + Math.floor(random.next() * 97) : size;
    chunks.push(bytes.slice(offset, offset + length));
    offset += length;
  }
  return chunks;
}
