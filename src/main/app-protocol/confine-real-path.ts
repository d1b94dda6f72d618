import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/** The file's real location when it is inside the root, or why it cannot be served. */
export type ConfinedPath =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly status: 403 | 404; readonly reason: string };

/** Whether `path` is `root` itself or lies below it (both already absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}

/**
 * Follows symbolic links (of the file and of every folder on the way) and accepts the file only if its real
 * location is still under the real root: a link planted in the build folder cannot reach the rest of the disk.
 */
export async function confineRealPath(path: string, root: string): Promise<ConfinedPath> {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(path);
  } catch {
    return { ok: false, status: 404, reason: 'No such file in the app.' };
  }
  if (realFile === realRoot || !isInside(realRoot, realFile)) {
    return { ok: false, status: 403, reason: 'The file lies outside the app.' };
  }
  return { ok: true, path: realFile };
}
