import { useMemo, useState } from 'react';
import type { ColorAssignment } from '../plot/palette';
import type { SelectOp } from '../plot/selection-shape';
import { composePointState } from '../plot/point-flags';
import { compileMatcher, findMatches, type Matcher } from '../plot/search-matcher';
import { sameItems } from '../plot/transition';
import type { LayoutView } from './layout-view';
import { useDebounced } from './use-debounced';
import { hiddenEntryIndices, isolateEntry, toggleEntry, type HiddenKeys } from './legend-visibility';
import { emptySelection, selectionReducer, type SelectionState } from './selection-state';

/** The search box's state and what it found. */
export interface SearchState {
  readonly query: string;
  readonly regex: boolean;
  readonly matcher: Matcher;
  readonly matches: Int32Array;
  /** Position in `matches` of the match Enter went to last, or -1. */
  readonly current: number;
}

/** What the user did to the map on screen: hidden categories, the selection and the search. */
export interface PlotState {
  readonly selection: SelectionState;
  readonly hidden: HiddenKeys;
  readonly search: SearchState;
  /** One state byte per point for the GPU (hidden, selected, match), or null without a map. */
  readonly pointState: Uint8Array | null;
  readonly hasSearch: boolean;
}

/** What the legend, the search box, the selection panel and the plot can change. */
export interface PlotStateActions {
  readonly select: (op: SelectOp, indices: ArrayLike<number>) => void;
  readonly clearSelection: () => void;
  readonly toggleEntry: (key: string) => void;
  readonly isolateEntry: (key: string) => void;
  readonly showAll: () => void;
  readonly setQuery: (query: string) => void;
  readonly setRegex: (regex: boolean) => void;
  /** Moves to the next match and returns its point index (-1 when there is none). */
  readonly nextMatch: () => number;
}

/** The search runs this long after the last key press (ms): below the ~150 ms at which a lag is noticed. */
const SEARCH_DEBOUNCE_MS = 120;

interface Interaction {
  /** The items this state belongs to: another map starts afresh, a re-map of the same items keeps it. */
  readonly texts: readonly string[] | null;
  readonly selection: SelectionState;
  readonly hidden: HiddenKeys;
}

/**
 * Selection, legend visibility and search for the map `shown` (coloured by `assignment`), and the point state
 * bytes they make. All per-point data stays in typed arrays.
 */
export function usePlotState(
  shown: LayoutView | null,
  assignment: ColorAssignment | null,
): { plot: PlotState; actions: PlotStateActions } {
  const texts = shown?.texts ?? null;
  const [interaction, setInteraction] = useState<Interaction>({
    texts,
    selection: emptySelection(0),
    hidden: new Set(),
  });
  const [query, setQuery] = useState('');
  const [regex, setRegex] = useState(false);
  const [current, setCurrent] = useState(-1);
  // Derived from the props during render (React's "adjust state when a prop changes"): no extra frame with
  // a selection of the old map's size.
  const same = texts !== null && interaction.texts !== null && sameItems(interaction.texts, texts);
  let live = interaction;
  if (interaction.texts !== texts) {
    live = same
      ? { ...interaction, texts }
      : { texts, selection: emptySelection(texts?.length ?? 0), hidden: new Set() };
    setInteraction(live);
  }
  const labels = shown?.labels;
  const searched = useDebounced(query, SEARCH_DEBOUNCE_MS);
  const matcher = useMemo(() => compileMatcher(searched, regex), [searched, regex]);
  const matches = useMemo(
    () => (texts === null || labels === undefined ? new Int32Array(0) : findMatches(texts, labels, matcher)),
    [texts, labels, matcher],
  );
  const hasSearch = matcher.ok && !matcher.empty;
  const pointState = useMemo(() => {
    if (assignment === null || assignment.entryOfPoint.length !== live.selection.mask.length) return null;
    const matchMask = hasSearch ? new Uint8Array(assignment.entryOfPoint.length) : null;
    if (matchMask !== null) for (const index of matches) matchMask[index] = 1;
    return composePointState({
      entryOfPoint: assignment.entryOfPoint,
      hiddenEntries: hiddenEntryIndices(live.hidden, assignment.entries),
      selection: live.selection.count > 0 ? live.selection.mask : null,
      matches: matchMask,
    });
  }, [assignment, live.selection, live.hidden, matches, hasSearch]);
  const update = (change: (state: Interaction) => Interaction): void => {
    setInteraction((state) => change(state));
  };
  const entries = assignment?.entries ?? [];
  const actions: PlotStateActions = {
    select: (op, indices) => {
      update((s) => ({ ...s, selection: selectionReducer(s.selection, { type: 'apply', op, indices }) }));
    },
    clearSelection: () => {
      update((s) => ({ ...s, selection: selectionReducer(s.selection, { type: 'clear' }) }));
    },
    toggleEntry: (key) => {
      update((s) => ({ ...s, hidden: toggleEntry(s.hidden, key) }));
    },
    isolateEntry: (key) => {
      update((s) => ({ ...s, hidden: isolateEntry(s.hidden, key, entries) }));
    },
    showAll: () => {
      update((s) => ({ ...s, hidden: new Set() }));
    },
    setQuery: (next) => {
      setQuery(next);
      setCurrent(-1);
    },
    setRegex: (next) => {
      setRegex(next);
      setCurrent(-1);
    },
    nextMatch: () => {
      if (matches.length === 0) return -1;
      const next = (current + 1) % matches.length;
      setCurrent(next);
      return matches[next] ?? -1;
    },
  };
  const search: SearchState = { query, regex, matcher, matches, current };
  return { plot: { selection: live.selection, hidden: live.hidden, search, pointState, hasSearch }, actions };
}
