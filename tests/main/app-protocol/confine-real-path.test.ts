import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confineRealPath, isInside } from '../../../src/main/app-protocol/confine-real-path';

describe('confineRealPath', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(base, 'secret.txt'), 'not for the page');
    // Links planted inside the build: one to a file outside it, one to a folder outside it, one inside.
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    symlinkSync(base, join(root, 'up'));
    symlinkSync(join(root, 'index.html'), join(root, 'assets', 'home.html'));
  });

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  it('accepts a real file under the root', async () => {
    expect(await confineRealPath(join(root, 'index.html'), root)).toMatchObject({ ok: true });
  });

  it('accepts a link that stays inside the root, reporting where it really leads', async () => {
    const result = await confineRealPath(join(root, 'assets', 'home.html'), root);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.path.endsWith('index.html')).toBe(true);
  });

  it('refuses a link to a file outside the root, and a file reached through a linked folder', async () => {
    expect(await confineRealPath(join(root, 'assets', 'leak.txt'), root)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await confineRealPath(join(root, 'up', 'secret.txt'), root)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('answers 404 for a file that does not exist, and refuses the root folder itself', async () => {
    expect(await confineRealPath(join(root, 'missing.js'), root)).toMatchObject({ ok: false, status: 404 });
    expect(await confineRealPath(root, root)).toMatchObject({ ok: false, status: 403 });
  });

  it('isInside tells a sibling with a shared prefix from a child', () => {
    expect(isInside('/a/renderer', '/a/renderer/x.js')).toBe(true);
    expect(isInside('/a/renderer', '/a/renderer-evil/x.js')).toBe(false);
    expect(isInside('/a/renderer', '/a')).toBe(false);
  });
});
