import { useEffect, useRef, useState } from 'react';
import type { MapComparison, MapResult } from '../../../shared/contract';
import type { ToolContext } from '../components/tools/tool-context';
import { secondRequest, type CompareTarget } from './compare-state';
import { useAnalysisJob } from './use-analysis-job';

/** Neighbours per item for the overlap score: the k the neighbours panel starts with. */
export const OVERLAP_K = 10;

/** What runs while comparing: making the second map, then measuring both maps' neighbourhoods. */
export interface CompareJob {
  readonly phase: 'map' | 'compare';
  readonly fraction: number;
  readonly cancelling: boolean;
}

/** A finished comparison of the map on screen (A) with the second map (B). */
export interface Comparison extends MapComparison {
  readonly mapIdA: string;
  readonly second: MapResult;
}

/** What the Compare tool shows and can do. */
export interface CompareState {
  readonly job: CompareJob | null;
  readonly comparison: Comparison | null;
  readonly start: (target: CompareTarget, title: string) => void;
  readonly cancel: () => void;
}

/**
 * Makes the second map (a job with progress and cancel), compares it with the map on screen (a second job,
 * with its own progress and cancel), and shows B's layout aligned onto A beside the plot, coloured by
 * neighbourhood overlap. Both jobs are followed by {@link useAnalysisJob}; a failed or cancelled run leaves
 * the previous comparison shown.
 */
export function useCompare(context: ToolContext): CompareState {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });
  const mapping = useAnalysisJob(context.client, context.reportError);
  const comparing = useAnalysisJob(context.client, context.reportError);

  const compare = (a: MapResult, second: MapResult, title: string): void => {
    comparing.start(
      (studio) => studio.startCompareMaps({ mapIdA: a.mapId, mapIdB: second.mapId, k: OVERLAP_K }),
      (end) => {
        if (end.type !== 'map-comparison') return;
        const compared = end.result;
        setComparison({ ...compared, mapIdA: a.mapId, second });
        latest.current.setCompanion('compare', {
          title,
          layout: { coords: compared.alignedB, dims: compared.dims, texts: a.texts, labels: a.labels },
          axisTitles: [],
          scores: compared.overlap,
        });
      },
    );
  };

  const start = (target: CompareTarget, title: string): void => {
    const { request, result: a } = latest.current;
    if (request === null || a === null || comparing.job !== null) return;
    mapping.start(
      (studio) => studio.startMap(secondRequest(request, target)),
      (end) => {
        if (end.type === 'done') compare(a, end.result, title);
      },
    );
  };

  // One of the two runs at a time; cancelling the other is a no-op.
  const cancel = (): void => {
    mapping.cancel();
    comparing.cancel();
  };

  const mapId = context.result?.mapId ?? null;
  const running: CompareJob | null =
    mapping.job !== null
      ? { phase: 'map', fraction: mapping.job.fraction, cancelling: mapping.job.cancelling }
      : comparing.job === null
        ? null
        : { phase: 'compare', fraction: comparing.job.fraction, cancelling: comparing.job.cancelling };
  return { job: running, comparison: comparison?.mapIdA === mapId ? comparison : null, start, cancel };
}
