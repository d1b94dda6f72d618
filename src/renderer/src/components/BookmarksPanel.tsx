import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { applyBookmark, currentBookmarkLook } from '../state/bookmarks-apply';
import { cleanBookmarkName, defaultBookmarkName } from '../state/bookmarks';
import type { BookmarksStore } from '../state/bookmarks-store';
import { MAX_BOOKMARK_NAME_CHARS, MAX_BOOKMARKS, type Bookmark } from '../state/project-view';
import type { WorkspaceLookParts } from '../state/project-view-sync';

/** Props of {@link BookmarksPanel}: the workspace's look (to capture and apply views) and its bookmarks. */
export interface BookmarksPanelProps {
  readonly parts: WorkspaceLookParts & { readonly bookmarks: BookmarksStore };
}

function RenameForm(props: {
  readonly bookmark: Bookmark;
  readonly onDone: (name: string | null) => void;
}): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState(props.bookmark.name);
  return (
    <form
      className="bookmark-rename"
      onSubmit={(event) => {
        event.preventDefault();
        props.onDone(name);
      }}
    >
      <input
        type="text"
        value={name}
        maxLength={MAX_BOOKMARK_NAME_CHARS}
        aria-label={t('bookmarks.renameLabel', { name: props.bookmark.name })}
        data-testid="bookmark-rename-input"
        autoFocus
        onChange={(event) => {
          setName(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') props.onDone(null);
        }}
      />
      <button type="submit" className="secondary small-button" data-testid="bookmark-rename-save">
        {t('bookmarks.save')}
      </button>
      <button
        type="button"
        className="secondary small-button"
        onClick={() => {
          props.onDone(null);
        }}
      >
        {t('bookmarks.cancel')}
      </button>
    </form>
  );
}

/**
 * Named views of the map: a name field and "Add bookmark" (the camera, colouring, selection and hidden
 * legend entries on screen), then the list: each name jumps to its view; rename and delete beside it.
 */
export function BookmarksPanel(props: BookmarksPanelProps): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const { parts } = props;
  const { bookmarks, dispatch } = parts.bookmarks;
  const full = bookmarks.length >= MAX_BOOKMARKS;
  return (
    <section className="bookmarks-panel" aria-label={t('bookmarks.heading')} data-testid="bookmarks-panel">
      <h2>{t('bookmarks.heading')}</h2>
      <form
        className="bookmark-add"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = cleanBookmarkName(name);
          const named =
            chosen === '' ? defaultBookmarkName(bookmarks, (n) => t('bookmarks.defaultName', { n })) : chosen;
          dispatch({ type: 'add', name: named, look: currentBookmarkLook(parts) });
          setName('');
        }}
      >
        <label>
          <span>{t('bookmarks.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={MAX_BOOKMARK_NAME_CHARS}
            placeholder={t('bookmarks.namePlaceholder')}
            data-testid="bookmark-name"
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </label>
        <button type="submit" className="secondary small-button" data-testid="bookmark-add" disabled={full}>
          {t('bookmarks.add')}
        </button>
      </form>
      {bookmarks.length === 0 ? (
        <p className="muted small">{t('bookmarks.empty')}</p>
      ) : (
        <ul className="bookmark-list" data-testid="bookmark-list">
          {bookmarks.map((bookmark: Bookmark) => (
            <li key={bookmark.id} data-testid="bookmark-item" data-bookmark-id={bookmark.id}>
              {renaming === bookmark.id ? (
                <RenameForm
                  bookmark={bookmark}
                  onDone={(newName) => {
                    if (newName !== null) dispatch({ type: 'rename', id: bookmark.id, name: newName });
                    setRenaming(null);
                  }}
                />
              ) : (
                <>
                  <button
                    type="button"
                    className="secondary small-button bookmark-open"
                    data-testid="bookmark-open"
                    aria-label={t('bookmarks.open', { name: bookmark.name })}
                    onClick={() => {
                      applyBookmark(parts, bookmark);
                    }}
                  >
                    {bookmark.name}
                  </button>
                  <button
                    type="button"
                    className="secondary small-button"
                    data-testid="bookmark-rename"
                    onClick={() => {
                      setRenaming(bookmark.id);
                    }}
                  >
                    {t('bookmarks.rename')}
                  </button>
                  <button
                    type="button"
                    className="secondary small-button"
                    data-testid="bookmark-delete"
                    aria-label={t('bookmarks.deleteLabel', { name: bookmark.name })}
                    onClick={() => {
                      dispatch({ type: 'remove', id: bookmark.id });
                    }}
                  >
                    {t('bookmarks.delete')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('bookmarks.saved')}</p>
    </section>
  );
}
