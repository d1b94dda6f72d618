/**
 * A short random tag for this instance of the core (one per worker thread, process or page), put into the ids
 * it hands out (`job-<tag>-3`, `dataset-<tag>-1`). A core restarted after a crash counts from 1 again; without
 * the tag its `job-1` would be mistaken for the dead instance's `job-1` — by a listener that kept that job's
 * events, by a late `cancelJob`, or by a tool still holding the old map's id, which would then silently
 * answer about different data. Six base-36 characters: 2·10⁹ values, so two instances in one session never
 * share one in practice.
 */
export const INSTANCE_TAG: string = Math.floor(Math.random() * 36 ** 6)
  .toString(36)
  .padStart(6, '0');
