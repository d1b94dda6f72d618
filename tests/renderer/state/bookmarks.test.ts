import { describe, expect, it } from 'vitest';
import {
  bookmarksReducer,
  cleanBookmarkName,
  defaultBookmarkName,
  lookOfBookmark,
  type BookmarkLook,
} from '../../../src/renderer/src/state/bookmarks';
import {
  MAX_BOOKMARK_NAME_CHARS,
  MAX_BOOKMARKS,
  openedViewOf,
  PROJECT_VIEW_VERSION,
  savedViewSchema,
  type Bookmark,
  type SavedView,
} from '../../../src/renderer/src/state/project-view';

const LOOK: BookmarkLook = {
  coloring: { colorBy: { kind: 'column', name: 'topic' }, sizeBy: null },
  camera: { mode: '2d', centre: [0.25, -1.5], unitsPerPx: 0.0125 },
  selection: [1, 4],
  hiddenLegend: ['label:техника'],
};

const ORBIT: BookmarkLook['camera'] = {
  mode: '3d',
  orbit: { target: [1, 2, 3], yaw: 0.5, pitch: -0.25, distance: 7, radius: 3, projection: 'perspective' },
};

function add(state: readonly Bookmark[], name: string, look: BookmarkLook = LOOK): readonly Bookmark[] {
  return bookmarksReducer(state, { type: 'add', name, look });
}

describe('bookmarksReducer', () => {
  it('adds bookmarks in order with fresh ids, holding the look given', () => {
    const one = add([], 'Животные');
    const two = add(one, 'Техника', { ...LOOK, camera: ORBIT, selection: [] });
    expect(two.map((bookmark) => [bookmark.id, bookmark.name])).toEqual([
      ['b1', 'Животные'],
      ['b2', 'Техника'],
    ]);
    expect(lookOfBookmark(two[0] as Bookmark)).toEqual(LOOK);
    expect(two[1]?.camera).toEqual(ORBIT);
  });

  it('copies the look, so later changes to the view on screen never reach a bookmark', () => {
    const selection = [1, 4];
    const hiddenLegend = ['label:техника'];
    const state = add([], 'A', { ...LOOK, selection, hiddenLegend });
    selection.push(9);
    hiddenLegend.length = 0;
    expect(state[0]?.selection).toEqual([1, 4]);
    expect(state[0]?.hiddenLegend).toEqual(['label:техника']);
  });

  it('renames by id and keeps the id; an empty name leaves the bookmark as it was', () => {
    const state = add(add([], 'A'), 'B');
    const renamed = bookmarksReducer(state, { type: 'rename', id: 'b2', name: '  Темы \n урока ' });
    expect(renamed.map((bookmark) => bookmark.name)).toEqual(['A', 'Темы урока']);
    expect(renamed[1]?.id).toBe('b2');
    expect(bookmarksReducer(renamed, { type: 'rename', id: 'b2', name: '   ' })).toBe(renamed);
  });

  it('deletes by id, and never reuses a remaining id', () => {
    const state = add(add(add([], 'A'), 'B'), 'C');
    const removed = bookmarksReducer(state, { type: 'remove', id: 'b2' });
    expect(removed.map((bookmark) => bookmark.id)).toEqual(['b1', 'b3']);
    expect(add(removed, 'D').at(-1)?.id).toBe('b4');
    expect(bookmarksReducer(removed, { type: 'remove', id: 'b9' })).toEqual(removed);
  });

  it('refuses an empty name and more than the maximum', () => {
    expect(add([], ' \t ')).toEqual([]);
    let state: readonly Bookmark[] = [];
    for (let i = 0; i < MAX_BOOKMARKS + 3; i++) state = add(state, `V${i}`);
    expect(state).toHaveLength(MAX_BOOKMARKS);
  });

  it('replaces the list with an opened project’s', () => {
    const opened = add(add([], 'X'), 'Y');
    expect(bookmarksReducer(add([], 'A'), { type: 'replace', bookmarks: opened })).toEqual(opened);
  });
});

describe('bookmark names', () => {
  it('cleans a name to one trimmed line of at most the maximum length', () => {
    expect(cleanBookmarkName('  a\tb\n\nc  ')).toBe('a b c');
    expect(Array.from(cleanBookmarkName('ж'.repeat(500)))).toHaveLength(MAX_BOOKMARK_NAME_CHARS);
  });

  it('numbers unnamed bookmarks with the smallest free number', () => {
    const name = (n: number): string => `Вид ${n}`;
    expect(defaultBookmarkName([], name)).toBe('Вид 1');
    const state = add(add([], 'Вид 1'), 'Вид 3');
    expect(defaultBookmarkName(state, name)).toBe('Вид 2');
  });
});

describe('bookmarks in the saved view', () => {
  const view: SavedView = {
    version: PROJECT_VIEW_VERSION,
    method: 'pca',
    dims: 2,
    textColumn: 'text',
    labelColumn: 'topic',
    coloring: { colorBy: { kind: 'label' }, sizeBy: null },
    camera: null,
    selection: [],
    hiddenLegend: [],
    labelFontPx: 12,
    tools: {},
  };

  it('reads back through JSON with its bookmarks, and a version-2 view without them still reads', () => {
    const bookmarks = add(add([], 'Животные'), 'Техника', { ...LOOK, camera: ORBIT });
    const opened = openedViewOf(JSON.parse(JSON.stringify({ ...view, bookmarks })) as SavedView, 10);
    expect(opened).toEqual({ kind: 'view', view: { ...view, bookmarks } });
    expect(openedViewOf(JSON.parse(JSON.stringify(view)) as SavedView, 10)).toEqual({ kind: 'view', view });
  });

  it('drops a view whose bookmark selects an item beyond the map, naming the bookmark', () => {
    const bookmarks = add([], 'Далеко', { ...LOOK, selection: [2, 10] });
    const opened = openedViewOf(JSON.parse(JSON.stringify({ ...view, bookmarks })) as SavedView, 10);
    expect(opened.kind).toBe('invalid');
    expect(opened.kind === 'invalid' && opened.reason).toBe(
      'bookmark "Далеко": item 10 is beyond the map\'s 10 items',
    );
  });

  it('refuses a malformed bookmark (empty name, unknown camera)', () => {
    const bad = { ...view, bookmarks: [{ ...add([], 'A')[0], name: '' }] };
    expect(savedViewSchema.safeParse(bad).success).toBe(false);
    const badCamera = { ...view, bookmarks: [{ ...add([], 'A')[0], camera: { mode: '4d' } }] };
    expect(openedViewOf(JSON.parse(JSON.stringify(badCamera)) as SavedView, 10).kind).toBe('invalid');
  });
});
