/**
 * The view a project file carries (`view.json`, opaque to the core): what the map was made with, and how it
 * was looked at — colouring, camera, selection, hidden legend entries, label size and the tools' cheap,
 * language-independent state. Versioned and checked on open: a view that fails the check is dropped (the map
 * opens with the default view and a notice), never a failed open. docs/project-format.md describes it.
 */
import { z } from 'zod';
import type { MapResult, ProjectView } from '../../../shared/contract';
import { DEFAULT_LABEL_FONT_PX, MAX_LABEL_FONT_PX, MIN_LABEL_FONT_PX } from '../plot/label-layer';

/** Version 1 (the first saved views) held only method, dims and columns; version 2 adds the rest. */
export const PROJECT_VIEW_VERSION = 2;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const positive = finite.refine((value) => value > 0, 'must be positive');

const colorBySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('label') }),
  z.object({ kind: z.literal('column'), name: z.string().max(1024) }),
  z.object({ kind: z.literal('uniform') }),
]);

const cameraSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('2d'), centre: z.tuple([finite, finite]), unitsPerPx: positive }),
  z.object({
    mode: z.literal('3d'),
    orbit: z.object({
      target: z.tuple([finite, finite, finite]),
      yaw: finite,
      pitch: finite,
      distance: positive,
      radius: positive,
      projection: z.enum(['perspective', 'orthographic']),
    }),
  }),
]);

/** A bookmark's name is one line of at most this many characters: longer does not fit the list. */
export const MAX_BOOKMARK_NAME_CHARS = 120;
/** At most this many bookmarks per view: a lesson needs a handful, and each holds a whole selection. */
export const MAX_BOOKMARKS = 100;

const indicesSchema = z.array(z.number().int().nonnegative());

/** A named view within a project: colouring, camera, selection and hidden legend entries. */
export const bookmarkSchema = z.object({
  /** Stable within the view (renaming keeps it). */
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(MAX_BOOKMARK_NAME_CHARS),
  coloring: z.object({ colorBy: colorBySchema, sizeBy: z.string().nullable() }),
  /** Null: the map is fitted when the bookmark is opened. */
  camera: cameraSchema.nullable(),
  selection: indicesSchema,
  hiddenLegend: z.array(z.string()),
});

/** One named view (state/bookmarks.ts edits the list). */
export type Bookmark = z.infer<typeof bookmarkSchema>;

/** The saved view, version 2. */
export const savedViewSchema = z.object({
  version: z.literal(PROJECT_VIEW_VERSION),
  method: z.string(),
  dims: z.union([z.literal(2), z.literal(3)]),
  textColumn: z.string(),
  labelColumn: z.string().nullable(),
  coloring: z.object({ colorBy: colorBySchema, sizeBy: z.string().nullable() }),
  /** Null when the plot had no camera to read (no plot drawn yet): the map is fitted on open. */
  camera: cameraSchema.nullable(),
  /** Indices of the selected items, ascending. */
  selection: z.array(z.number().int().nonnegative()),
  /** Keys of the hidden legend entries (`kind:label`, state/legend-visibility.ts). */
  hiddenLegend: z.array(z.string()),
  labelFontPx: z.number().int().min(MIN_LABEL_FONT_PX).max(MAX_LABEL_FONT_PX),
  /**
   * Each tool's own saved state, keyed by tool id, as JSON the tool reads back itself; a tool absent here
   * opens in its default state. Reserved: `clusters` (the user's cluster names, owned by the clusters tool).
   */
  tools: z.record(z.string(), z.json()),
  /** Named views, in the user's order; optional, so version-2 views saved before bookmarks still read. */
  bookmarks: z.array(bookmarkSchema).max(MAX_BOOKMARKS).optional(),
});

/** The saved view of one map. */
export type SavedView = z.infer<typeof savedViewSchema>;

/** What an opened project's view turned out to be. */
export type OpenedView =
  | { readonly kind: 'view'; readonly view: SavedView }
  /** No view, or a version-1 view (nothing to restore beyond the map itself). */
  | { readonly kind: 'default' }
  /** A view that fails the check: the map opens with the default view, and the user is told. */
  | { readonly kind: 'invalid'; readonly reason: string };

/** The parts of the view the workspace owns (everything but what the map was made with). */
export type LookOfView = Omit<SavedView, 'version' | 'method' | 'dims' | 'textColumn' | 'labelColumn'>;

/** How a map looks before anyone changes it: coloured by label, fitted, nothing selected or hidden. */
export const DEFAULT_LOOK: LookOfView = {
  coloring: { colorBy: { kind: 'label' }, sizeBy: null },
  camera: null,
  selection: [],
  hiddenLegend: [],
  labelFontPx: DEFAULT_LABEL_FONT_PX,
  tools: {},
};

/** The view of an opened project's first map, with the id that map has now. */
export interface OpenedProjectView {
  readonly mapId: string;
  readonly opened: OpenedView;
}

/** The view of `result` as a project saves it. */
export function savedViewOf(
  result: MapResult,
  columns: { readonly textColumn: string; readonly labelColumn: string | null },
  look: LookOfView,
): SavedView {
  return {
    version: PROJECT_VIEW_VERSION,
    method: result.method,
    dims: result.dims,
    textColumn: columns.textColumn,
    labelColumn: columns.labelColumn,
    ...look,
  };
}

function isLegacyView(view: ProjectView): boolean {
  return typeof view === 'object' && view !== null && !Array.isArray(view) && !('version' in view);
}

/**
 * Checks an opened project's view against the map it belongs to (`count` items): a selection index beyond
 * the map, a newer version or a malformed field make it invalid; a missing or version-1 view is the default.
 */
export function openedViewOf(view: ProjectView, count: number): OpenedView {
  if (view === null || isLegacyView(view)) return { kind: 'default' };
  const parsed = savedViewSchema.safeParse(view);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : `${issue.path.join('.')}: `;
    return { kind: 'invalid', reason: `${where}${issue?.message ?? 'malformed'}` };
  }
  const outside = parsed.data.selection.find((index) => index >= count);
  if (outside !== undefined) {
    return { kind: 'invalid', reason: `selection: item ${outside} is beyond the map's ${count} items` };
  }
  for (const bookmark of parsed.data.bookmarks ?? []) {
    const beyond = bookmark.selection.find((index) => index >= count);
    if (beyond !== undefined) {
      const reason = `bookmark "${bookmark.name}": item ${beyond} is beyond the map's ${count} items`;
      return { kind: 'invalid', reason };
    }
  }
  return { kind: 'view', view: parsed.data };
}
