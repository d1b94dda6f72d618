import { useEffect, useRef } from 'react';
import type { MapResult } from '../../../shared/contract';
import type { PlotController } from '../plot/plot-controller';
import type { CameraPose } from '../plot/plot-camera';
import type { LookOfView, SavedView } from './project-view';
import { selectedIndices } from './selection-state';
import type { ColoringChoice } from './use-coloring';
import type { PlotState, PlotStateActions } from './use-plot-state';
import type { BookmarksStore } from './bookmarks-store';

/** How the app shell and the plot workspace share the view: reading it for a save, restoring an opened one. */
export interface WorkspaceViewLink {
  /** A saved view to apply once the map with `mapId` is on screen (an opened project's, a recovered session's). */
  readonly restore: { readonly mapId: string; readonly view: SavedView } | null;
  /** The workspace registers how to read its current look (null when it goes away). */
  readonly register: (read: (() => LookOfView) | null) => void;
  /** Called whenever something a save records changes (colouring, selection, hidden entries, label size). */
  readonly changed: () => void;
}

/** What the workspace holds that makes up the look of the map. */
export interface WorkspaceLookParts {
  readonly result: MapResult | null;
  readonly choice: ColoringChoice | null;
  readonly choose: (choice: Partial<ColoringChoice>) => void;
  readonly plot: PlotState;
  readonly plotActions: PlotStateActions;
  readonly labelFontPx: number;
  readonly setLabelFontPx: (px: number) => void;
  readonly controller: PlotController | null;
  /** The map's named views (state/bookmarks-store.ts): saved in the view, restored with it. */
  readonly bookmarks?: BookmarksStore;
}

function savedCamera(pose: CameraPose): LookOfView['camera'] {
  if (pose.mode === '2d')
    return { mode: '2d', centre: [pose.centre[0], pose.centre[1]], unitsPerPx: pose.unitsPerPx };
  const { orbit } = pose;
  return { mode: '3d', orbit: { ...orbit, target: [orbit.target[0], orbit.target[1], orbit.target[2]] } };
}

/** The look of the map on screen as a project saves it. */
export function lookOf(parts: WorkspaceLookParts): LookOfView {
  return {
    coloring: parts.choice ?? { colorBy: { kind: 'label' }, sizeBy: null },
    camera:
      parts.controller === null || parts.result === null
        ? null
        : savedCamera(parts.controller.getCameraPose()),
    selection: Array.from(selectedIndices(parts.plot.selection)),
    hiddenLegend: [...parts.plot.hidden].sort(),
    labelFontPx: parts.labelFontPx,
    // Reserved: `clusters` (the user's cluster names) is the clusters tool's to fill.
    tools: {},
    // Left out when empty, so a project without bookmarks saves the same bytes as before they existed.
    ...(parts.bookmarks === undefined || parts.bookmarks.bookmarks.length === 0
      ? {}
      : { bookmarks: [...parts.bookmarks.bookmarks] }),
  };
}

/** The legend keys whose visibility differs between `hidden` and `wanted`: toggling them makes `wanted`. */
export function legendKeysToToggle(hidden: ReadonlySet<string>, wanted: readonly string[]): string[] {
  const target = new Set(wanted);
  return [...new Set([...hidden, ...target])].filter((key) => hidden.has(key) !== target.has(key));
}

/**
 * Keeps the shell's {@link WorkspaceViewLink} up to date from the workspace (a reader for saves, a change
 * signal for autosave) and applies a saved view once its map is on screen: colouring, label size, hidden
 * legend entries, selection and camera, once per opened view.
 */
export function useProjectViewSync(link: WorkspaceViewLink | undefined, parts: WorkspaceLookParts): void {
  const partsRef = useRef(parts);
  useEffect(() => {
    partsRef.current = parts;
  });
  const register = link?.register;
  useEffect(() => {
    if (register === undefined) return undefined;
    register(() => lookOf(partsRef.current));
    return () => {
      register(null);
    };
  }, [register]);
  const changed = link?.changed;
  const { choice, plot, labelFontPx, result, controller } = parts;
  const bookmarkList = parts.bookmarks?.bookmarks;
  // By value: the workspace builds a new choice object on every render.
  const choiceKey = JSON.stringify(choice);
  useEffect(() => {
    changed?.();
  }, [changed, choiceKey, plot.selection, plot.hidden, labelFontPx, bookmarkList]);
  const applied = useRef<SavedView | null>(null);
  const restore = link?.restore ?? null;
  useEffect(() => {
    if (restore === null || result?.mapId !== restore.mapId || controller === null) return;
    if (applied.current === restore.view) return;
    applied.current = restore.view;
    const { view } = restore;
    const current = partsRef.current;
    current.choose(view.coloring);
    current.setLabelFontPx(view.labelFontPx);
    for (const key of legendKeysToToggle(current.plot.hidden, view.hiddenLegend))
      current.plotActions.toggleEntry(key);
    current.plotActions.select('replace', view.selection);
    if (view.camera !== null) controller.setCameraPose(view.camera);
    current.bookmarks?.dispatch({ type: 'replace', bookmarks: view.bookmarks ?? [] });
  }, [restore, result, controller]);
}
