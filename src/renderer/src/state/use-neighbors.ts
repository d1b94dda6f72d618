import { useEffect, useRef, useState } from 'react';
import type { DistanceMetric, StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';

/** How many neighbours are asked for at first, and the most the panel offers (the core allows more). */
export const DEFAULT_NEIGHBOR_K = 10;
export const MAX_NEIGHBOR_K = 50;

/** One neighbour as the core found it in the original embedding space. */
export interface Neighbor {
  readonly index: number;
  readonly score: number;
}

/** The neighbour lookup of one point of one map. */
export interface NeighborsState {
  /** The point whose neighbours are shown, or -1 when the panel is closed. */
  readonly source: number;
  readonly k: number;
  readonly metric: DistanceMetric;
  readonly loading: boolean;
  /** The answer for exactly the current source, k and metric (null while loading or after an error). */
  readonly neighbors: readonly Neighbor[] | null;
  readonly error: DisplayError | null;
  /** The neighbour hovered in the list (-1 for none): its line is emphasised. */
  readonly hovered: number;
}

/** What the panel and the plot can do with the neighbours. */
export interface NeighborsActions {
  readonly show: (index: number) => void;
  readonly setK: (k: number) => void;
  readonly setMetric: (metric: DistanceMetric) => void;
  readonly hover: (index: number) => void;
  readonly close: () => void;
}

interface Query {
  readonly mapId: string;
  readonly source: number;
  readonly k: number;
  readonly metric: DistanceMetric;
}

interface Answer {
  readonly query: Query;
  readonly neighbors: readonly Neighbor[] | null;
  readonly error: DisplayError | null;
}

/**
 * Asks the core for the nearest neighbours of a point of the finished map `mapId` (null while a map is still
 * being made), again whenever k or the metric changes. Only the answer to the latest question is shown; a
 * new map closes the panel.
 */
export function useNeighbors(
  client: StudioClient | null,
  mapId: string | null,
): { neighbors: NeighborsState; actions: NeighborsActions } {
  const [query, setQuery] = useState<Query | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [hovered, setHovered] = useState(-1);
  const [settings, setSettings] = useState({ k: DEFAULT_NEIGHBOR_K, metric: 'cosine' as DistanceMetric });
  const latest = useRef<Query | null>(null);
  const live = query !== null && query.mapId === mapId ? query : null;
  useEffect(() => {
    latest.current = live;
    if (client === null || live === null) return;
    const { mapId: id, source, k, metric } = live;
    client.nearestNeighbors({ mapId: id, index: source, k, metric }).then(
      (result) => {
        if (latest.current === live) setAnswer({ query: live, neighbors: result.neighbors, error: null });
      },
      (error: unknown) => {
        if (latest.current === live)
          setAnswer({ query: live, neighbors: null, error: toStudioErrorInfo(error) });
      },
    );
  }, [client, live]);
  const current = answer !== null && answer.query === live ? answer : null;
  const ask = (change: Partial<Query>): void => {
    setQuery((q) => (q === null ? null : { ...q, ...change }));
  };
  const neighbors: NeighborsState = {
    source: live?.source ?? -1,
    k: settings.k,
    metric: settings.metric,
    loading: live !== null && current === null,
    neighbors: current?.neighbors ?? null,
    error: current?.error ?? null,
    hovered,
  };
  const actions: NeighborsActions = {
    show: (index) => {
      if (mapId !== null) setQuery({ mapId, source: index, ...settings });
    },
    setK: (k) => {
      const clamped = Math.min(MAX_NEIGHBOR_K, Math.max(1, Math.round(k)));
      setSettings((s) => ({ ...s, k: clamped }));
      ask({ k: clamped });
    },
    setMetric: (metric) => {
      setSettings((s) => ({ ...s, metric }));
      ask({ metric });
    },
    hover: setHovered,
    close: () => {
      setQuery(null);
      setHovered(-1);
    },
  };
  return { neighbors, actions };
}
