import { useCallback, useMemo, useState } from 'react';
import { bookmarksReducer, type BookmarkAction } from './bookmarks';
import type { Bookmark } from './project-view';

/** The workspace's bookmarks of the map on screen, and how to edit them. */
export interface BookmarksStore {
  readonly bookmarks: readonly Bookmark[];
  readonly dispatch: (action: BookmarkAction) => void;
}

const NONE: readonly Bookmark[] = [];

/**
 * Bookmarks belong to one map: a new map (another `mapId`) starts with none, and an opened project's list
 * arrives through a `replace` once its map is on screen.
 */
export function useBookmarksStore(mapId: string | null): BookmarksStore {
  const [state, setState] = useState<{ mapId: string | null; bookmarks: readonly Bookmark[] }>({
    mapId,
    bookmarks: NONE,
  });
  const dispatch = useCallback(
    (action: BookmarkAction) => {
      setState((current) => ({
        mapId,
        bookmarks: bookmarksReducer(current.mapId === mapId ? current.bookmarks : NONE, action),
      }));
    },
    [mapId],
  );
  const bookmarks = state.mapId === mapId ? state.bookmarks : NONE;
  return useMemo(() => ({ bookmarks, dispatch }), [bookmarks, dispatch]);
}
