import { lookOfBookmark, type BookmarkLook } from './bookmarks';
import type { Bookmark } from './project-view';
import { legendKeysToToggle, lookOf, type WorkspaceLookParts } from './project-view-sync';

/** The part of the view on screen that a new bookmark keeps. */
export function currentBookmarkLook(parts: WorkspaceLookParts): BookmarkLook {
  const { coloring, camera, selection, hiddenLegend } = lookOf(parts);
  return { coloring, camera, selection, hiddenLegend };
}

/**
 * Shows a bookmark's view, the way an opened project's view is applied: colouring, hidden legend entries,
 * selection, then the camera (a jump: the plot has no camera animation to follow; a camera of the other
 * mode than the map on screen is ignored by the plot; a null camera fits the map).
 */
export function applyBookmark(parts: WorkspaceLookParts, bookmark: Bookmark): void {
  const look = lookOfBookmark(bookmark);
  parts.choose(look.coloring);
  for (const key of legendKeysToToggle(parts.plot.hidden, look.hiddenLegend))
    parts.plotActions.toggleEntry(key);
  parts.plotActions.select('replace', look.selection);
  if (look.camera !== null) parts.controller?.setCameraPose(look.camera);
  else parts.controller?.fit();
}
