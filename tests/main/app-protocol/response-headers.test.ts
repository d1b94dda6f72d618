import { describe, expect, it } from 'vitest';
import { FALLBACK_MIME_TYPE, mimeTypeOf } from '../../../src/main/app-protocol/mime-types';
import { appResponseHeaders } from '../../../src/main/app-protocol/response-headers';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/content-security-policy';

describe('app protocol responses', () => {
  it('send the full Content-Security-Policy (with frame-ancestors) on HTML only, and nosniff on everything', () => {
    const html = appResponseHeaders({ mimeType: mimeTypeOf('index.html'), isHtml: true });
    expect(html.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(html.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(html.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(html.get('X-Content-Type-Options')).toBe('nosniff');
    const script = appResponseHeaders({ mimeType: mimeTypeOf('a.js'), isHtml: false });
    expect(script.get('Content-Security-Policy')).toBeNull();
    expect(script.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(script.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('name the media types the renderer build emits, case-insensitively, and bytes for anything else', () => {
    expect(mimeTypeOf('assets/index.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('model.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('README')).toBe(FALLBACK_MIME_TYPE);
    expect(mimeTypeOf('payload.exe')).toBe(FALLBACK_MIME_TYPE);
  });
});
