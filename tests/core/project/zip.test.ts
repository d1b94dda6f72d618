import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src/core/project/app-version';
import { crc32 } from '../../../src/core/project/crc32';
import { readZip, ZipDamage } from '../../../src/core/project/zip-reader';
import { writeZip } from '../../../src/core/project/zip-writer';

describe('zip container', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips stored and deflated entries with UTF-8 names', async () => {
    const text = new TextEncoder().encode('повтор '.repeat(500));
    const floats = new Uint8Array(new Float32Array([1, 2, 3]).buffer);
    const bytes = await writeZip([
      { name: 'тексты/a.json', data: text, compress: true },
      { name: 'b.f32', data: floats, compress: false },
      { name: 'empty', data: new Uint8Array(0), compress: true },
    ]);
    expect(bytes.length).toBeLessThan(text.length);
    const files = await readZip(bytes);
    expect([...files.keys()]).toEqual(['тексты/a.json', 'b.f32', 'empty']);
    expect(files.get('тексты/a.json')).toEqual(text);
    expect(files.get('b.f32')).toEqual(floats);
  });

  it('says what is wrong with a damaged container', async () => {
    await expect(readZip(new Uint8Array(10))).rejects.toBeInstanceOf(ZipDamage);
    await expect(readZip(new Uint8Array(100))).rejects.toThrow('not a ZIP container');
  });

  it('writes the version in package.json into manifests', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
