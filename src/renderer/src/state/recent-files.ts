/**
 * The recently opened data sets and projects (the last 10), kept in localStorage. The renderer reads files
 * through `<input type=file>` and drops, and a browser cannot open a file again by its name: so in the browser
 * only bundled samples reopen with one click, and for a file the list is a reminder (name, size, when). The
 * desktop app's host remembers the files the user opened and hands out an opaque `documentId` for each, which
 * reopens the file with one click. The list never holds a path or the file's content.
 */
import { z } from 'zod';

/** Ten: enough to find yesterday's files, few enough to read at a glance. */
export const MAX_RECENT_FILES = 10;

/** Where the list is kept between sessions. */
export const RECENT_FILES_STORAGE_KEY = 'embedding-studio.recent-files';

const recentFileSchema = z.object({
  kind: z.enum(['data', 'project', 'sample']),
  /** The file name as opened (a sample's file name). */
  name: z.string().min(1).max(255),
  /** Bytes; null when unknown (samples are read by the core). */
  size: z.number().int().nonnegative().nullable(),
  /** When it was opened, ms since the epoch. */
  openedAt: z.number().int().nonnegative(),
  /** A sample's id, which reopens it; null for files. */
  sampleId: z.string().min(1).max(255).nullable(),
  /** The desktop host's id for the file (recent-document-calls.ts), which reopens it; absent in a browser. */
  documentId: z.string().min(1).max(200).optional(),
});

/** One entry of the list. */
export type RecentFile = z.infer<typeof recentFileSchema>;

/** Whether two entries are the same file: a sample by id, a file by kind, name and size. */
function sameFile(a: RecentFile, b: RecentFile): boolean {
  if (a.kind === 'sample' || b.kind === 'sample') return a.kind === b.kind && a.sampleId === b.sampleId;
  return a.kind === b.kind && a.name === b.name && a.size === b.size;
}

/** The list after opening `entry`: it moves to the top (once), and the oldest beyond ten fall off. */
export function withRecentFile(list: readonly RecentFile[], entry: RecentFile): RecentFile[] {
  return [entry, ...list.filter((other) => !sameFile(other, entry))].slice(0, MAX_RECENT_FILES);
}

/**
 * Whether the entry reopens with one click, rather than by picking the file again: a sample always, a file
 * when the host can read documents again (the desktop app) and gave this one an id.
 */
export function canReopen(entry: RecentFile, canReadDocuments = false): boolean {
  if (entry.kind === 'sample') return entry.sampleId !== null;
  return canReadDocuments && entry.documentId !== undefined;
}

/** What kind of entry a file the OS asked to open is: a project by its extension, else data. */
export function kindOfDocument(name: string, projectExtension: string): 'data' | 'project' {
  return name.toLowerCase().endsWith(projectExtension) ? 'project' : 'data';
}

/**
 * The stored list, newest first. Anything unreadable (not JSON, another shape, a hand-edited entry) is
 * dropped entry by entry: a damaged list only forgets, it never stops the app from starting.
 */
export function parseRecentFiles(stored: string | null): RecentFile[] {
  if (stored === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const entries = value.flatMap((item) => {
    const parsed = recentFileSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return [...entries].sort((a, b) => b.openedAt - a.openedAt).slice(0, MAX_RECENT_FILES);
}

/** The subset of `Storage` used here, so tests can pass a plain object. */
export type RecentFilesStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads the list; unreadable storage (private mode, a policy) gives an empty list. */
export function loadRecentFiles(storage: RecentFilesStorage | null): RecentFile[] {
  try {
    return parseRecentFiles(storage?.getItem(RECENT_FILES_STORAGE_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Records that `entry` was opened and returns the new list; failing to store only loses the memory. */
export function rememberRecentFile(storage: RecentFilesStorage | null, entry: RecentFile): RecentFile[] {
  const list = withRecentFile(loadRecentFiles(storage), entry);
  try {
    storage?.setItem(RECENT_FILES_STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Nothing to tell the user: the file itself opened.
  }
  return list;
}
