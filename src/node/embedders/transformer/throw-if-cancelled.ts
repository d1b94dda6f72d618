import { StudioError } from '../../../shared/errors';

/** Checked between forward passes: a cancelled job stops before its next batch with `cancelled`. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new StudioError('cancelled', 'The job was cancelled.');
}
