import { isAbsolute, join, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { mimeTypeOf } from './mime-types';

/** A file the protocol may serve, or why the request is refused (with the HTTP status to answer). */
export type AppPathResolution =
  | { readonly ok: true; readonly path: string; readonly mimeType: string; readonly isHtml: boolean }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

/** The file a bare `app://embedding-studio/` opens. */
const INDEX_FILE = 'index.html';

/**
 * Percent-encodings that have no business in a path to a file of the build, but that a decoder would turn
 * into a separator, a dot or a NUL: `%2e` (.), `%2f` (/), `%5c` (\), `%00`. Refused before decoding, so no
 * form of `..` survives by being encoded (once; twice-encoded ones are caught after decoding, below).
 */
const SMUGGLING_ENCODINGS = /%(2e|2f|5c|00)/i;

/** Characters that are separators, drive or stream markers, or control characters on some platform. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused.
const FORBIDDEN_IN_SEGMENT = /[/\\:\0-\x1f]/;

function refuse(status: 400 | 403 | 404, reason: string): AppPathResolution {
  return { ok: false, status, reason };
}

/** The path part of a URL as the request spelled it, before any normalisation of `.` and `..`. */
function rawPathOf(requestUrl: string): string | undefined {
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return undefined;
  const rest = requestUrl.slice(prefix.length);
  const end = rest.search(/[?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  return path === '' ? '/' : path;
}

/**
 * Maps an `app://embedding-studio/<path>` request to a file under `root` (the built renderer), or refuses it.
 * Pure: it never touches the disk (symbolic links are checked by {@link confineRealPath} when the file is
 * opened). Refused: other schemes and hosts; any `.` or `..` segment, raw or percent-encoded; backslashes;
 * empty segments (`//`, which some path APIs read as a root); drive letters and NUL; malformed encodings.
 */
export function resolveAppPath(requestUrl: string, root: string): AppPathResolution {
  const rawPath = rawPathOf(requestUrl);
  if (rawPath === undefined) return refuse(403, `Only ${APP_SCHEME}://${APP_HOST}/ is served.`);
  if (!rawPath.startsWith('/')) return refuse(400, 'The path must start with "/".');
  if (SMUGGLING_ENCODINGS.test(rawPath)) return refuse(400, 'Encoded dots, slashes and NULs are refused.');
  const encodedSegments = rawPath === '/' ? [INDEX_FILE] : rawPath.slice(1).split('/');
  const segments: string[] = [];
  for (const encoded of encodedSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refuse(400, 'The path is not valid percent-encoding.');
    }
    if (segment === '' || segment === '.' || segment === '..') {
      return refuse(400, 'Empty, "." and ".." path segments are refused.');
    }
    // A name that still spells `%2e` after decoding was encoded twice: refused, so no later decode can
    // turn it into a dot or a separator.
    if (SMUGGLING_ENCODINGS.test(segment)) return refuse(400, 'Doubly encoded dots and slashes are refused.');
    if (FORBIDDEN_IN_SEGMENT.test(segment)) {
      return refuse(400, 'Backslashes, colons and control characters are refused in paths.');
    }
    segments.push(segment);
  }
  const path = join(root, ...segments);
  // Belt and braces: whatever the checks above missed, the joined path must still lie inside the root.
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return refuse(403, 'The path leads outside the app.');
  }
  const mimeType = mimeTypeOf(path);
  return { ok: true, path, mimeType, isHtml: mimeType.startsWith('text/html') };
}
