import { constants, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/project/crc32';
import { readZip } from '../../src/core/project/zip-reader';
import { writeZip } from '../../src/core/project/zip-writer';
import { ZIP } from '../../src/core/project/zip-format';
import type { StudioCore } from '../../src/core/studio-core';
import type { MapResult } from '../../src/shared/contract';
import { StudioError } from '../../src/shared/errors';
import { bareCore, mapOf } from '../core/support/map-runner';
import { utf8 } from '../core/support/encodings';
import { withinTime } from './fuzz/fuzz-support';

const CSV = [
  'text,topic',
  ...Array.from(
    { length: 40 },
    (_unused, i) => `word${i} about ${['cats', 'stocks', 'goals'][i % 3]},t${i % 3}`,
  ),
].join('\n');

/** What importing bytes as a project gave: its maps, or the error's code. */
async function importOutcome(core: StudioCore, bytes: Uint8Array): Promise<string> {
  try {
    const { maps } = await withinTime(
      core.importProject({ fileName: 'lesson.esproj', bytes: new Uint8Array(bytes) }),
      10_000,
    );
    return `ok:${maps.length}`;
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return error.code;
  }
}

/** A one-entry ZIP with every header field given (a deflated body, a declared size and CRC that may lie). */
function handMadeZip(name: string, body: Uint8Array, declaredSize: number, crc: number): Uint8Array {
  const nameBytes = utf8(name);
  const local = new DataView(new ArrayBuffer(ZIP.localHeaderBytes));
  local.setUint32(0, ZIP.localSignature, true);
  local.setUint16(4, ZIP.version, true);
  local.setUint16(8, ZIP.deflated, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, body.length, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, nameBytes.length, true);
  const central = new DataView(new ArrayBuffer(ZIP.centralHeaderBytes));
  central.setUint32(0, ZIP.centralSignature, true);
  central.setUint16(6, ZIP.version, true);
  central.setUint16(10, ZIP.deflated, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, body.length, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, nameBytes.length, true);
  central.setUint32(42, 0, true);
  const centralOffset = ZIP.localHeaderBytes + nameBytes.length + body.length;
  const end = new DataView(new ArrayBuffer(ZIP.endRecordBytes));
  end.setUint32(0, ZIP.endSignature, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, ZIP.centralHeaderBytes + nameBytes.length, true);
  end.setUint32(16, centralOffset, true);
  const parts = [new Uint8Array(local.buffer), nameBytes, body, new Uint8Array(central.buffer), nameBytes];
  parts.push(new Uint8Array(end.buffer));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Raw DEFLATE of `mebibytes` MiB of zeros at about 1000:1: one flushed (non-final) block of 1 MiB of zeros
 * repeated, then an empty final block — a bomb without compressing the whole thing.
 */
function zerosBomb(mebibytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(block.length * mebibytes + 2);
  for (let i = 0; i < mebibytes; i++) out.set(block, i * block.length);
  // A final, fixed-Huffman block holding only end-of-block: bits 1, 01, 0000000 → 0x03 0x00.
  out.set([0x03, 0x00], block.length * mebibytes);
  return out;
}

describe('faults: corrupt project', () => {
  let core: StudioCore;
  let original: MapResult;
  let good: Uint8Array;

  beforeAll(async () => {
    core = bareCore();
    const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(CSV) });
    original = await mapOf(core, {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 3,
    });
    good = (await core.exportProject({ mapIds: [original.mapId], view: null })).bytes;
  });

  /** After each attack the same core still opens the intact file, and maps anew exactly as before. */
  async function expectCoreIntact(): Promise<void> {
    expect(await importOutcome(core, good)).toBe('ok:1');
    // Opened again: the store keeps only the latest few data sets, and every import above added one.
    const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(CSV) });
    const again = await mapOf(core, {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 3,
    });
    expect(Array.from(again.coords)).toEqual(Array.from(original.coords));
  }

  it('refuses every truncation with project-damaged', async () => {
    const lengths = new Set<number>([0, 1, 21, 22, good.length - 22, good.length - 1]);
    for (let length = 0; length < good.length; length += Math.ceil(good.length / 60)) lengths.add(length);
    for (const length of lengths) {
      expect(await importOutcome(core, good.subarray(0, length)), `cut at ${length}`).toBe('project-damaged');
    }
    await expectCoreIntact();
  });

  it('refuses bit flips with project-damaged, or opens the file when a flip hit a field nothing reads', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: good.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        async (at, bit) => {
          runs++;
          const flipped = new Uint8Array(good);
          flipped[at] = (flipped[at] ?? 0) ^ (1 << bit);
          const outcome = await importOutcome(core, flipped);
          expect(['project-damaged', 'project-too-new', 'ok:1'], `byte ${at} bit ${bit}`).toContain(outcome);
        },
      ),
      { seed: 8, numRuns: 300 },
    );
    console.log(`faults: corrupt project — ${runs} bit flips`);
    await expectCoreIntact();
  });

  it('refuses an entry whose stored CRC-32 is wrong', async () => {
    const files = await readZip(good);
    const manifest = files.get('manifest.json') ?? new Uint8Array();
    const lying = handMadeZip(
      'manifest.json',
      deflateRawSync(manifest),
      manifest.length,
      crc32(manifest) ^ 1,
    );
    const error = await importOutcome(core, lying);
    expect(error).toBe('project-damaged');
    await expect(core.importProject({ fileName: 'x.esproj', bytes: new Uint8Array(lying) })).rejects.toThrow(
      /checksum/,
    );
    await expectCoreIntact();
  });

  it('refuses a manifest whose paths point outside the project (../, absolute) or at another entry', async () => {
    const files = await readZip(good);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as {
      datasets: { path: string }[];
      maps: { path: string; dataset: number }[];
    };
    const attacks = [
      (m: typeof manifest) => ((m.datasets[0] ?? { path: '' }).path = '../../../etc/'),
      (m: typeof manifest) => ((m.datasets[0] ?? { path: '' }).path = '/etc/passwd'),
      (m: typeof manifest) => ((m.maps[0] ?? { path: '' }).path = 'datasets/0/'),
      (m: typeof manifest) => ((m.maps[0] ?? { dataset: 0 }).dataset = 7),
    ];
    for (const attack of attacks) {
      const changed = structuredClone(manifest);
      attack(changed);
      const entries = [...files].map(([name, data]) => ({
        name,
        data: name === 'manifest.json' ? utf8(JSON.stringify(changed)) : data,
        compress: true,
      }));
      expect(await importOutcome(core, await writeZip(entries)), String(attack)).toBe('project-damaged');
    }
    await expectCoreIntact();
  });

  it('stops inflating a bomb-like entry at its declared size, and refuses absurd declared sizes', async () => {
    // 256 MiB of zeros in about 256 KB, declared as 2 KB: refused once the 2,049th byte comes out.
    const bomb = handMadeZip('manifest.json', zerosBomb(256), 2048, 0);
    await expect(
      withinTime(core.importProject({ fileName: 'bomb.esproj', bytes: new Uint8Array(bomb) }), 5000),
    ).rejects.toThrow(/larger than its declared size of 2048 bytes/);
    const huge = handMadeZip('manifest.json', zerosBomb(1), 0xffffffff, 0);
    const lastCentral = huge.length - ZIP.endRecordBytes;
    const view = new DataView(huge.buffer);
    expect(view.getUint32(lastCentral, true)).toBe(ZIP.endSignature);
    // One entry of 4 GiB declared (the ZIP maximum) is over the 2 GiB a project may unpack to.
    await expect(
      core.importProject({ fileName: 'huge.esproj', bytes: new Uint8Array(huge) }),
    ).rejects.toThrow(/claim \d+ bytes/);
    await expectCoreIntact();
  });
});
