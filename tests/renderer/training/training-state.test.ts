import { describe, expect, it } from 'vitest';
import type { EmbedderInfo, JobEvent } from '../../../src/shared/contract';
import {
  INITIAL_TRAINING_STATE,
  reduceTraining,
  type TrainingAction,
  type TrainingEffect,
  type TrainingState,
} from '../../../src/renderer/src/state/training-state';

const EMBEDDER: EmbedderInfo = {
  id: 'trained:classroom',
  name: { en: 'Classroom', ru: 'Classroom' },
  description: { en: '', ru: '' },
  languages: ['*'],
  dimension: 50,
  trainsOnInput: false,
  needsDownload: false,
};

function progress(jobId: string, fraction: number, extra: Partial<JobEvent> = {}): JobEvent {
  return { type: 'progress', jobId, stage: 'embed', fraction, ...extra } as JobEvent;
}

const trained = (jobId: string): JobEvent => ({
  type: 'trained',
  jobId,
  embedder: EMBEDDER,
  vocabulary: 619,
  tokens: 147_836,
  finalLoss: 0.85,
});

const event = (e: JobEvent): TrainingAction => ({ type: 'event', event: e });

/** Runs the actions from the initial state; returns the last state and every effect asked for. */
function run(...actions: TrainingAction[]): { state: TrainingState; effects: TrainingEffect[] } {
  let state = INITIAL_TRAINING_STATE;
  const effects: TrainingEffect[] = [];
  for (const action of actions) {
    const step = reduceTraining(state, action);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

describe('reduceTraining', () => {
  it('starts a job with no id, no measures and no earlier ending', () => {
    const { state } = run({ type: 'start' });
    expect(state.job).toMatchObject({ jobId: null, fraction: 0, loss: null, ratePerSecond: null });
    expect(state.ending).toBeNull();
  });

  it('follows progress with loss, words/s and time left; keeps the last measures when an event lacks them', () => {
    const { state } = run(
      { type: 'start' },
      { type: 'started', jobId: 'j1' },
      event(progress('j1', 0.3, { ratePerSecond: 120_000, etaMs: 4000, loss: 2.1 })),
      event(progress('j1', 0.6, { loss: 1.4 })),
    );
    expect(state.job).toMatchObject({
      jobId: 'j1',
      stage: 'embed',
      fraction: 0.6,
      ratePerSecond: 120_000,
      etaMs: 4000,
      loss: 1.4,
    });
  });

  it('clamps the fraction to [0, 1] and never moves the bar backwards', () => {
    const started = run({ type: 'start' }, { type: 'started', jobId: 'j1' });
    const over = reduceTraining(started.state, event(progress('j1', 1.5))).state;
    expect(over.job?.fraction).toBe(1);
    const back = reduceTraining(over, event(progress('j1', 0.2))).state;
    expect(back.job?.fraction).toBe(1);
    expect(reduceTraining(started.state, event(progress('j1', -1))).state.job?.fraction).toBe(0);
  });

  it('on `trained` ends the job, remembers what was trained and asks to select the new embedder', () => {
    const { state, effects } = run(
      { type: 'start' },
      { type: 'started', jobId: 'j1' },
      event(progress('j1', 0.5, { loss: 1 })),
      event(trained('j1')),
    );
    expect(state.job).toBeNull();
    expect(state.ending).toEqual({
      kind: 'trained',
      embedderId: EMBEDDER.id,
      name: 'Classroom',
      vocabulary: 619,
      finalLoss: 0.85,
    });
    expect(effects).toEqual([{ type: 'select-embedder', embedderId: EMBEDDER.id }]);
  });

  it('on `failed` ends the job and reports the error; on `cancelled` ends it quietly', () => {
    const error = { code: 'too-few-items', message: 'The corpus has too few words.' } as const;
    const failed = run(
      { type: 'start' },
      { type: 'started', jobId: 'j1' },
      event({ type: 'failed', jobId: 'j1', error }),
    );
    expect(failed.state.job).toBeNull();
    expect(failed.state.ending).toBeNull();
    expect(failed.effects).toEqual([{ type: 'report-error', error }]);

    const cancelled = run(
      { type: 'start' },
      { type: 'started', jobId: 'j1' },
      { type: 'cancel-requested' },
      event({ type: 'cancelled', jobId: 'j1' }),
    );
    expect(cancelled.state.job).toBeNull();
    expect(cancelled.state.ending).toEqual({ kind: 'cancelled' });
    expect(cancelled.effects).toEqual([]);
  });

  it('marks a requested cancel so the button can be disabled until the job says `cancelled`', () => {
    const { state } = run({ type: 'start' }, { type: 'started', jobId: 'j1' }, { type: 'cancel-requested' });
    expect(state.job?.cancelling).toBe(true);
  });

  it('ignores events of other jobs, map events, and anything after the end', () => {
    const running = run(
      { type: 'start' },
      { type: 'started', jobId: 'j1' },
      event(progress('j1', 0.4, { loss: 2 })),
    ).state;
    const others: JobEvent[] = [
      progress('map-7', 0.9, { loss: 9 }),
      { type: 'failed', jobId: 'map-7', error: { code: 'internal', message: 'x' } },
      trained('j2'),
      { type: 'layout', jobId: 'j1', dims: 2, coords: new Float32Array(4), epoch: 1, totalEpochs: 2 },
    ];
    for (const other of others) {
      const step = reduceTraining(running, event(other));
      expect(step.state).toBe(running);
      expect(step.effects).toEqual([]);
    }
    const ended = reduceTraining(running, event(trained('j1'))).state;
    const after = reduceTraining(ended, event(progress('j1', 0.7)));
    expect(after.state).toBe(ended);
    expect(reduceTraining(INITIAL_TRAINING_STATE, event(trained('j1'))).effects).toEqual([]);
  });

  it('buffers events that arrive before the id is known and replays only this job’s', () => {
    const { state, effects } = run(
      { type: 'start' },
      event(progress('other', 0.5, { loss: 7 })),
      event(progress('j1', 0.2, { loss: 3, ratePerSecond: 90_000 })),
      event(progress('j1', 0.9, { loss: 1.2 })),
      { type: 'started', jobId: 'j1' },
    );
    expect(state.early).toEqual([]);
    expect(state.job).toMatchObject({ jobId: 'j1', fraction: 0.9, loss: 1.2, ratePerSecond: 90_000 });
    expect(effects).toEqual([]);
  });

  it('finishes at once when the whole job ran before the id arrived (a tiny corpus)', () => {
    const { state, effects } = run({ type: 'start' }, event(progress('j1', 0.5)), event(trained('j1')), {
      type: 'started',
      jobId: 'j1',
    });
    expect(state.job).toBeNull();
    expect(state.ending?.kind).toBe('trained');
    expect(effects).toEqual([{ type: 'select-embedder', embedderId: EMBEDDER.id }]);
  });

  it('ignores a second start while a job runs, and clears the job when starting failed', () => {
    const running = run({ type: 'start' }, { type: 'started', jobId: 'j1' }).state;
    expect(reduceTraining(running, { type: 'start' }).state).toBe(running);
    const failed = run({ type: 'start' }, { type: 'start-failed' }).state;
    expect(failed).toEqual(INITIAL_TRAINING_STATE);
  });

  it('clears the last ending when a new training starts', () => {
    const done = run({ type: 'start' }, { type: 'started', jobId: 'j1' }, event(trained('j1'))).state;
    expect(reduceTraining(done, { type: 'start' }).state.ending).toBeNull();
  });
});
