import { describe, expect, it } from 'vitest';
import { judgeIpcSender, originOf, trustedIpcOrigins } from '../../src/main/ipc-trust';

const PACKAGED = trustedIpcOrigins(undefined, true);
const DEV = trustedIpcOrigins('http://localhost:5173/', false);

describe('judgeIpcSender', () => {
  const ours = {
    fromOurWindow: true,
    fromMainFrame: true,
    url: 'app://embedding-studio/index.html?recover=1',
  };

  it('trusts our window’s main frame showing the app protocol', () => {
    expect(judgeIpcSender(ours, PACKAGED)).toEqual({ trusted: true });
  });

  it('refuses another window, a subframe, a gone frame and pages of other origins, saying why', () => {
    expect(judgeIpcSender({ ...ours, fromOurWindow: false }, PACKAGED)).toEqual({
      trusted: false,
      reason: 'not from the Embedding Studio window',
    });
    expect(judgeIpcSender({ ...ours, fromMainFrame: false }, PACKAGED)).toEqual({
      trusted: false,
      reason: 'from a subframe',
    });
    for (const url of [
      undefined,
      'https://evil.example/',
      'file:///home/user/out/renderer/index.html',
      'app://evil/index.html',
      'http://localhost:5173/',
      'about:blank',
      'not a url',
    ]) {
      expect(judgeIpcSender({ ...ours, url }, PACKAGED).trusted).toBe(false);
    }
  });

  it('trusts the dev server only in development, and never in a packaged build', () => {
    expect(DEV).toEqual(['app://embedding-studio', 'http://localhost:5173']);
    expect(trustedIpcOrigins('http://localhost:5173/', true)).toEqual(['app://embedding-studio']);
    expect(judgeIpcSender({ ...ours, url: 'http://localhost:5173/index.html' }, DEV).trusted).toBe(true);
    expect(judgeIpcSender({ ...ours, url: 'http://localhost:5174/' }, DEV).trusted).toBe(false);
  });

  it('spells the origin of the app scheme, which Node’s URL leaves as "null"', () => {
    expect(new URL('app://embedding-studio/x').origin).toBe('null');
    expect(originOf('app://embedding-studio/x')).toBe('app://embedding-studio');
    expect(originOf('about:blank')).toBeUndefined();
  });
});
