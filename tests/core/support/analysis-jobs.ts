import type { CoreInput, JobEvent, MapComparison, MapQualityResult } from '../../../src/shared/contract';
import type { StudioCore } from '../../../src/core/studio-core';
import { recordJobEvents } from './job-events';

/** A finished job's events and the result its success event carried. */
export interface FinishedJob<Result> {
  readonly result: Result;
  readonly events: JobEvent[];
}

/** Starts a map-quality job and waits for its `map-quality` end; any other end throws with the event. */
export async function qualityOf(
  core: StudioCore,
  input: CoreInput<'startMapQuality'>,
): Promise<FinishedJob<MapQualityResult>> {
  const recorder = recordJobEvents(core);
  const { jobId } = await core.startMapQuality(input);
  const events = await recorder.until(jobId);
  const end = events.at(-1);
  if (end?.type === 'map-quality') return { result: end.result, events };
  throw new Error(`map-quality job ended with ${JSON.stringify(end)}`);
}

/** Starts a comparison job and waits for its `map-comparison` end; any other end throws with the event. */
export async function comparisonOf(
  core: StudioCore,
  input: CoreInput<'startCompareMaps'>,
): Promise<FinishedJob<MapComparison>> {
  const recorder = recordJobEvents(core);
  const { jobId } = await core.startCompareMaps(input);
  const events = await recorder.until(jobId);
  const end = events.at(-1);
  if (end?.type === 'map-comparison') return { result: end.result, events };
  throw new Error(`map-comparison job ended with ${JSON.stringify(end)}`);
}

/** The fractions of a job's progress events, in order. */
export function progressFractions(events: readonly JobEvent[]): number[] {
  return events.flatMap((event) => (event.type === 'progress' ? [event.fraction] : []));
}
