import { describe, expect, it } from 'vitest';
import { RECOVER_PARAMETER, recoveryUrl, rendererEntryUrl } from '../../src/main/renderer-entry';

describe('renderer entry', () => {
  it('loads the app protocol when packaged or without a dev server, the dev server only in development', () => {
    expect(rendererEntryUrl(undefined, false)).toBe('app://embedding-studio/index.html');
    expect(rendererEntryUrl('', false)).toBe('app://embedding-studio/index.html');
    expect(rendererEntryUrl('http://localhost:5173/', true)).toBe('app://embedding-studio/index.html');
    expect(rendererEntryUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/');
  });

  it('reloads after a crash with ?recover=1, keeping any query the entry already has', () => {
    expect(RECOVER_PARAMETER).toBe('recover');
    expect(recoveryUrl('app://embedding-studio/index.html')).toBe(
      'app://embedding-studio/index.html?recover=1',
    );
    expect(recoveryUrl('http://localhost:5173/?lang=ru')).toBe('http://localhost:5173/?lang=ru&recover=1');
    expect(new URL(recoveryUrl('app://embedding-studio/index.html')).searchParams.get('recover')).toBe('1');
  });
});
