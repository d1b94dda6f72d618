import { useEffect, useRef, useState } from 'react';
import type { JobEvent, MapComparison, MapResult } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { ToolContext } from '../components/tools/tool-context';
import { secondRequest, type CompareTarget } from './compare-state';
import { useAnalysisJob } from './use-analysis-job';

/** Neighbours per item for the overlap score: the k the neighbours panel starts with. */
export const OVERLAP_K = 10;

/** The second map's job while it runs. */
interface SecondMapJob {
  readonly jobId: string | null;
  readonly fraction: number;
  readonly cancelling: boolean;
}

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
 * Makes the second map (a job with progress and cancel, followed by its own events), compares it with the
 * map on screen (a second job, with its own progress and cancel), and shows B's layout aligned onto A beside
 * the plot, coloured by neighbourhood overlap. A failed or cancelled run leaves the previous comparison shown.
 */
export function useCompare(context: ToolContext): CompareState {
  const [job, setJob] = useState<SecondMapJob | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });
  const jobRef = useRef<SecondMapJob | null>(null);
  const comparing = useAnalysisJob(context.client, context.reportError);
  const titleRef = useRef('');
  const mapA = useRef<MapResult | null>(null);
  /** Events that came before startMap answered with the id. */
  const early = useRef<JobEvent[]>([]);

  const update = (next: SecondMapJob | null): void => {
    jobRef.current = next;
    setJob(next);
  };

  const finish = (second: MapResult): void => {
    const a = mapA.current;
    if (a === null) return;
    comparing.start(
      (studio) => studio.startCompareMaps({ mapIdA: a.mapId, mapIdB: second.mapId, k: OVERLAP_K }),
      (end) => {
        if (end.type !== 'map-comparison') return;
        const compared = end.result;
        setComparison({ ...compared, mapIdA: a.mapId, second });
        latest.current.setCompanion('compare', {
          title: titleRef.current,
          layout: { coords: compared.alignedB, dims: compared.dims, texts: a.texts, labels: a.labels },
          axisTitles: [],
          scores: compared.overlap,
        });
      },
    );
  };

  const handle = (event: JobEvent): void => {
    const current = jobRef.current;
    if (current === null) return;
    if (current.jobId === null) {
      early.current.push(event);
      return;
    }
    if (event.jobId !== current.jobId) return;
    if (event.type === 'progress') update({ ...current, fraction: Math.min(1, Math.max(0, event.fraction)) });
    else if (event.type === 'done') {
      update(null);
      finish(event.result);
    } else if (event.type === 'failed') {
      update(null);
      latest.current.reportError(event.error);
    } else if (event.type === 'cancelled') update(null);
  };
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  });
  const { client } = context;
  useEffect(
    () =>
      client?.onJobEvent((event) => {
        handleRef.current(event);
      }),
    [client],
  );

  const requestCancel = (jobId: string): void => {
    latest.current.client?.cancelJob({ jobId }).catch((error: unknown) => {
      latest.current.reportError(toStudioErrorInfo(error));
    });
  };

  const start = (target: CompareTarget, title: string): void => {
    const { client: studio, request, result } = latest.current;
    if (studio === null || request === null || result === null) return;
    if (jobRef.current !== null || comparing.job !== null) return;
    mapA.current = result;
    titleRef.current = title;
    early.current = [];
    update({ jobId: null, fraction: 0, cancelling: false });
    studio
      .startMap(secondRequest(request, target))
      .then(({ jobId }) => {
        const cancelling = jobRef.current?.cancelling === true;
        update({ jobId, fraction: 0, cancelling });
        // Cancel pressed before the id was known: send it now.
        if (cancelling) requestCancel(jobId);
        const waiting = early.current;
        early.current = [];
        for (const event of waiting) handleRef.current(event);
      })
      .catch((error: unknown) => {
        update(null);
        latest.current.reportError(toStudioErrorInfo(error));
      });
  };

  const cancel = (): void => {
    const current = jobRef.current;
    if (current === null) {
      comparing.cancel();
      return;
    }
    if (current.cancelling) return;
    update({ ...current, cancelling: true });
    if (current.jobId !== null) requestCancel(current.jobId);
  };

  const mapId = context.result?.mapId ?? null;
  const running: CompareJob | null =
    job !== null
      ? { phase: 'map', fraction: job.fraction, cancelling: job.cancelling }
      : comparing.job === null
        ? null
        : { phase: 'compare', ...comparing.job };
  return { job: running, comparison: comparison?.mapIdA === mapId ? comparison : null, start, cancel };
}
