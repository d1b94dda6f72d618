import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../src/main/app-protocol/resolve-app-path';

const ROOT = resolve('/srv/app/out/renderer');

function isUnderRoot(path: string): boolean {
  const inside = relative(ROOT, path);
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !inside.startsWith(sep);
}

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin and files below the root with their media types', () => {
    expect(resolveAppPath('app://embedding-studio/', ROOT)).toEqual({
      ok: true,
      path: join(ROOT, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
      isHtml: true,
    });
    expect(resolveAppPath('app://embedding-studio', ROOT)).toMatchObject({ path: join(ROOT, 'index.html') });
    expect(resolveAppPath('app://embedding-studio/assets/index-DuYO0vPh.js?v=1#x', ROOT)).toEqual({
      ok: true,
      path: join(ROOT, 'assets', 'index-DuYO0vPh.js'),
      mimeType: 'text/javascript; charset=utf-8',
      isHtml: false,
    });
    expect(resolveAppPath('app://embedding-studio/index.html?recover=1', ROOT)).toMatchObject({
      ok: true,
      isHtml: true,
    });
  });

  it('decodes ordinary percent-encoding (a space, Cyrillic) in file names', () => {
    const result = resolveAppPath(
      'app://embedding-studio/assets/%D0%BA%D0%BE%D1%88%D0%BA%D0%B0%20a.css',
      ROOT,
    );
    expect(result).toMatchObject({ ok: true, path: join(ROOT, 'assets', 'кошка a.css') });
  });

  it.each([
    ['a parent segment', 'app://embedding-studio/../etc/passwd', 400],
    ['a parent segment in the middle', 'app://embedding-studio/assets/../../secret', 400],
    ['a dot segment', 'app://embedding-studio/./index.html', 400],
    ['encoded dots', 'app://embedding-studio/%2e%2e/etc/passwd', 400],
    ['upper-case encoded dots', 'app://embedding-studio/%2E%2E/secret', 400],
    ['one encoded dot', 'app://embedding-studio/.%2e/secret', 400],
    ['double-encoded dots', 'app://embedding-studio/%252e%252e/secret', 400],
    ['an encoded slash', 'app://embedding-studio/assets%2f..%2fsecret', 400],
    ['a backslash', 'app://embedding-studio/assets\\..\\secret', 400],
    ['an encoded backslash', 'app://embedding-studio/..%5csecret', 400],
    ['an absolute path in the path', 'app://embedding-studio//etc/passwd', 400],
    ['a drive letter', 'app://embedding-studio/C:/Windows/win.ini', 400],
    ['a NUL', 'app://embedding-studio/index.html%00.png', 400],
    ['a raw NUL', 'app://embedding-studio/index.html\0.png', 400],
    ['a control character', 'app://embedding-studio/a%0Ab', 400],
    ['malformed encoding', 'app://embedding-studio/%E0%A4%A', 400],
    ['another host', 'app://evil/index.html', 403],
    ['a host that only starts like ours', 'app://embedding-studio.evil/index.html', 400],
    ['a port', 'app://embedding-studio:8080/index.html', 400],
    ['credentials', 'app://user@embedding-studio/index.html', 403],
    ['another scheme', 'file:///etc/passwd', 403],
    ['an https URL', 'https://embedding-studio/index.html', 403],
  ])('refuses %s', (_name, url, status) => {
    const result = resolveAppPath(url, ROOT);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(status);
      expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('never resolves a random path outside the root (fast-check, 5,000 paths)', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '\\',
      '/',
      '%00',
      '%25',
      '~',
      'C:',
      'assets',
      'index.html',
      'a',
      'кот',
      '%D0%BA',
      '%',
      '..%2f',
      '%c0%ae',
    );
    const path = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    const anyText = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(path, anyText), fc.constantFrom('/', '//', ''), (tail, lead) => {
        const result = resolveAppPath(`app://embedding-studio${lead}${tail}`, ROOT);
        if (result.ok) {
          expect(isUnderRoot(result.path)).toBe(true);
          expect(result.path.split(sep)).not.toContain('..');
        }
      }),
      { numRuns: 5_000, seed: 8 },
    );
  });
});
