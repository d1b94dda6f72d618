import type { MapRequest, MapResult } from '../../../src/shared/contract';
import { StudioCore } from '../../../src/core/studio-core';
import { recordJobEvents } from './job-events';
import { MemorySampleSource } from './memory-sample-source';

/** A core with no samples, as a user's session starts. */
export function bareCore(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

/** Starts a map and waits for its result; a failed job rejects with its error's message. */
export async function mapOf(core: StudioCore, request: MapRequest): Promise<MapResult> {
  const recorder = recordJobEvents(core);
  const { jobId } = await core.startMap(request);
  const events = await recorder.until(jobId);
  const end = events.at(-1);
  if (end?.type === 'done') return end.result;
  throw new Error(`map job ended with ${JSON.stringify(end)}`);
}
