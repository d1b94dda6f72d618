/**
 * The renderer's Content-Security-Policy, shared by the desktop build (a meta tag injected at build time)
 * and the web server (a response header). No inline scripts, no eval, no remote origins. `style-src`
 * allows inline styles because React sets `style` attributes; it never allows inline scripts.
 * `blob:` and `data:` images let the PNG export and the legend swatches work without any network.
 */
const META_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For a `<meta>` tag: browsers ignore `frame-ancestors` there and log an error, so it is left out. */
export const CONTENT_SECURITY_POLICY_META = META_DIRECTIVES.join('; ');

/** For an HTTP response header: the full policy, including `frame-ancestors` (no framing by other sites). */
export const CONTENT_SECURITY_POLICY = [...META_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
