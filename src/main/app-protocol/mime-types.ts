import { extname } from 'node:path';

/**
 * Media types of the files the renderer build emits (Vite: HTML, JS modules, CSS, fonts, images, WASM, JSON).
 * Module scripts must be served as JavaScript or Chromium refuses them, and `nosniff` is sent with every
 * response, so an unknown extension is served as opaque bytes rather than guessed.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** What a file of an unknown type is served as. */
export const FALLBACK_MIME_TYPE = 'application/octet-stream';

/** The media type for a file name, by its extension (case-insensitive). */
export function mimeTypeOf(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}
