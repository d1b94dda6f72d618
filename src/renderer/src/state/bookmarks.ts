/**
 * Named bookmarks of views within a project, as pure list operations: add (the view on screen under a name),
 * rename, delete. The list is saved in the project's view (`bookmarks`, project-view.ts) and restored on open.
 */
import { MAX_BOOKMARK_NAME_CHARS, MAX_BOOKMARKS, type Bookmark, type LookOfView } from './project-view';

/** The part of the view a bookmark captures and restores. */
export type BookmarkLook = Pick<LookOfView, 'coloring' | 'camera' | 'selection' | 'hiddenLegend'>;

/** An edit of the bookmark list. */
export type BookmarkAction =
  | { readonly type: 'add'; readonly name: string; readonly look: BookmarkLook }
  | { readonly type: 'rename'; readonly id: string; readonly name: string }
  | { readonly type: 'remove'; readonly id: string }
  /** An opened project's bookmarks (or none, for a new map). */
  | { readonly type: 'replace'; readonly bookmarks: readonly Bookmark[] };

/** What a name becomes: one line, trimmed, whitespace runs as one space, cut to the maximum length. */
export function cleanBookmarkName(raw: string): string {
  return Array.from(raw.replace(/\s+/gu, ' ').trim()).slice(0, MAX_BOOKMARK_NAME_CHARS).join('').trim();
}

/** The smallest n ≥ 1 such that `name(n)` is not taken: "View 1", "View 2", … for unnamed bookmarks. */
export function defaultBookmarkName(bookmarks: readonly Bookmark[], name: (n: number) => string): string {
  const taken = new Set(bookmarks.map((bookmark) => bookmark.name));
  let n = 1;
  while (taken.has(name(n))) n++;
  return name(n);
}

/** A new id no bookmark in the list has: `b` and one more than the largest number used so far. */
function nextId(bookmarks: readonly Bookmark[]): string {
  const used = bookmarks.map((bookmark) => Number(/^b(\d+)$/.exec(bookmark.id)?.[1] ?? 0));
  return `b${Math.max(0, ...used) + 1}`;
}

/** Copies the look so that later changes to the view on screen never reach a stored bookmark. */
function copyLook(look: BookmarkLook): BookmarkLook {
  return {
    coloring: { colorBy: { ...look.coloring.colorBy }, sizeBy: look.coloring.sizeBy },
    camera: look.camera === null ? null : structuredClone(look.camera),
    selection: [...look.selection],
    hiddenLegend: [...look.hiddenLegend],
  };
}

/**
 * Applies one edit. An empty name (after cleaning) leaves a rename undone and is refused for an add (the panel
 * fills in a default name first); an add beyond {@link MAX_BOOKMARKS} is ignored, as is an unknown id.
 */
export function bookmarksReducer(state: readonly Bookmark[], action: BookmarkAction): readonly Bookmark[] {
  switch (action.type) {
    case 'add': {
      const name = cleanBookmarkName(action.name);
      if (name === '' || state.length >= MAX_BOOKMARKS) return state;
      return [...state, { id: nextId(state), name, ...copyLook(action.look) }];
    }
    case 'rename': {
      const name = cleanBookmarkName(action.name);
      if (name === '') return state;
      return state.map((bookmark) => (bookmark.id === action.id ? { ...bookmark, name } : bookmark));
    }
    case 'remove':
      return state.filter((bookmark) => bookmark.id !== action.id);
    case 'replace':
      return [...action.bookmarks];
  }
}

/** The look a bookmark restores. */
export function lookOfBookmark(bookmark: Bookmark): BookmarkLook {
  return copyLook(bookmark);
}
