import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/**
 * Headers for a file served by the app protocol. HTML carries the full Content-Security-Policy as a header
 * (which, unlike the meta tag in index.html, can also say `frame-ancestors 'none'`); every response says
 * `nosniff`, so a file is only ever run as the type we named.
 */
export function appResponseHeaders(file: { readonly mimeType: string; readonly isHtml: boolean }): Headers {
  const headers = new Headers({
    'Content-Type': file.mimeType,
    'X-Content-Type-Options': 'nosniff',
    // The files change only with the app itself; a stale cached bundle after an update would be wrong.
    'Cache-Control': 'no-cache',
  });
  if (file.isHtml) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return headers;
}
