import { useEffect, useRef, useState } from 'react';
import { MAX_HEATMAP_ITEMS, type CoreOutput } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { ToolContext } from '../components/tools/tool-context';

/** The heatmap's similarities, for the selection they were computed for. */
export type HeatmapMatrix = CoreOutput<'similarityMatrix'> & { readonly mapId: string };

/** Whether a selection of `count` items can be drawn as a heatmap. */
export function heatmapFits(count: number): boolean {
  return count >= 2 && count <= MAX_HEATMAP_ITEMS;
}

/** Cosine similarities of the selected items, refetched whenever the selection (of 2…200 items) changes. */
export function useHeatmap(context: ToolContext): { matrix: HeatmapMatrix | null; loading: boolean } {
  const [matrix, setMatrix] = useState<HeatmapMatrix | null>(null);
  const [loading, setLoading] = useState(false);
  const { client, result, selection } = context;
  const reportError = useRef(context.reportError);
  useEffect(() => {
    reportError.current = context.reportError;
  });
  const mapId = result?.mapId ?? null;
  const key = selection.join(',');
  useEffect(() => {
    if (client === null || mapId === null || !heatmapFits(selection.length)) return undefined;
    let current = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the request starts here, so "loading" does too
    setLoading(true);
    client
      .similarityMatrix({ mapId, indices: [...selection], metric: 'cosine' })
      .then((output) => {
        if (current) setMatrix({ ...output, mapId });
      })
      .catch((error: unknown) => {
        if (current) reportError.current(toStudioErrorInfo(error));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
    // The selection is compared by its contents (`key`), not by the array's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, mapId, key]);
  const fresh = matrix !== null && matrix.mapId === mapId && matrix.indices.join(',') === key;
  return { matrix: fresh ? matrix : null, loading };
}
