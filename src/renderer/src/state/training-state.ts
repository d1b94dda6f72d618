import type { JobEvent, JobStage } from '../../../shared/contract';
import type { StudioErrorInfo } from '../../../shared/errors';

/** A running training job as the panel shows it. */
export interface TrainingJob {
  /** Null until `trainWordEmbedder` answers with the id. */
  readonly jobId: string | null;
  /** `prepare` while the corpus is read and counted, `embed` while the vectors train. */
  readonly stage: JobStage;
  readonly fraction: number;
  /** Corpus words per second, once the training stage reports it. */
  readonly ratePerSecond: number | null;
  readonly etaMs: number | null;
  /** Mean loss per positive pair of the last chunk (word2vec); null for methods without one. */
  readonly loss: number | null;
  readonly cancelling: boolean;
}

/** How the last training ended, for the line under the button. */
export type TrainingEnding =
  | {
      readonly kind: 'trained';
      readonly embedderId: string;
      readonly name: string;
      readonly vocabulary: number;
      readonly finalLoss: number | null;
    }
  | { readonly kind: 'cancelled' };

/** Everything the panel knows about training. */
export interface TrainingState {
  readonly job: TrainingJob | null;
  /**
   * Events that arrived while the job id was still unknown: a small corpus can report, and even finish,
   * before `trainWordEmbedder` answers. Replayed (those of our job) once the id is known.
   */
  readonly early: readonly JobEvent[];
  readonly ending: TrainingEnding | null;
}

/** What happens to the training state. */
export type TrainingAction =
  | { readonly type: 'start' }
  | { readonly type: 'started'; readonly jobId: string }
  /** Starting failed before there was a job (reading the file, opening the corpus, a refused call). */
  | { readonly type: 'start-failed' }
  | { readonly type: 'cancel-requested' }
  | { readonly type: 'event'; readonly event: JobEvent };

/** Work the hook must do after a step: the reducer itself stays pure. */
export type TrainingEffect =
  | { readonly type: 'select-embedder'; readonly embedderId: string }
  | { readonly type: 'report-error'; readonly error: StudioErrorInfo };

/** The state after an action and the effects it asks for. */
export interface TrainingStep {
  readonly state: TrainingState;
  readonly effects: readonly TrainingEffect[];
}

export const INITIAL_TRAINING_STATE: TrainingState = { job: null, early: [], ending: null };

/** The event types a training job sends; anything else (a map's items and layouts) is never ours. */
const TRAINING_EVENT_TYPES: ReadonlySet<JobEvent['type']> = new Set([
  'progress',
  'trained',
  'failed',
  'cancelled',
]);

/**
 * Events kept while the id is unknown: a few hundred is far more than a training job sends before
 * `trainWordEmbedder` answers (progress is throttled), and the cap keeps a busy map job from growing it.
 */
const MAX_EARLY_EVENTS = 256;

const STARTING_JOB: TrainingJob = {
  jobId: null,
  stage: 'prepare',
  fraction: 0,
  ratePerSecond: null,
  etaMs: null,
  loss: null,
  cancelling: false,
};

const unchanged = (state: TrainingState): TrainingStep => ({ state, effects: [] });

/** A progress event applied to the job: the fraction is clamped; missing measures keep the last ones. */
function advance(job: TrainingJob, event: Extract<JobEvent, { type: 'progress' }>): TrainingJob {
  return {
    ...job,
    stage: event.stage,
    fraction: Math.min(1, Math.max(job.fraction, event.fraction, 0)),
    ratePerSecond: event.ratePerSecond ?? job.ratePerSecond,
    etaMs: event.etaMs ?? job.etaMs,
    loss: event.loss ?? job.loss,
  };
}

/** One event of our (known) job. */
function applyEvent(state: TrainingState, job: TrainingJob, event: JobEvent): TrainingStep {
  switch (event.type) {
    case 'progress':
      return unchanged({ ...state, job: advance(job, event) });
    case 'trained':
      return {
        state: {
          job: null,
          early: [],
          ending: {
            kind: 'trained',
            embedderId: event.embedder.id,
            name: event.embedder.name.en,
            vocabulary: event.vocabulary,
            finalLoss: event.finalLoss,
          },
        },
        effects: [{ type: 'select-embedder', embedderId: event.embedder.id }],
      };
    case 'failed':
      return {
        state: { job: null, early: [], ending: null },
        effects: [{ type: 'report-error', error: event.error }],
      };
    case 'cancelled':
      return unchanged({ job: null, early: [], ending: { kind: 'cancelled' } });
    default:
      return unchanged(state);
  }
}

/** An event from the client's stream: ours, buffered (id unknown yet) or ignored. */
function receive(state: TrainingState, event: JobEvent): TrainingStep {
  const job = state.job;
  if (job === null || !TRAINING_EVENT_TYPES.has(event.type)) return unchanged(state);
  if (job.jobId === null) {
    const early = state.early.length < MAX_EARLY_EVENTS ? [...state.early, event] : state.early;
    return unchanged({ ...state, early });
  }
  return event.jobId === job.jobId ? applyEvent(state, job, event) : unchanged(state);
}

/** The id is known: replays the buffered events of this job in order, drops the rest. */
function started(state: TrainingState, jobId: string): TrainingStep {
  if (state.job === null) return unchanged(state);
  let step: TrainingStep = unchanged({ ...state, job: { ...state.job, jobId }, early: [] });
  const effects: TrainingEffect[] = [];
  for (const event of state.early) {
    if (event.jobId !== jobId) continue;
    step = receive(step.state, event);
    effects.push(...step.effects);
  }
  return { state: step.state, effects };
}

/**
 * The training panel's state machine: start → (events buffered until the id is known) → progress with
 * words/s, time left and loss → trained (select the new embedder), failed (show the error) or cancelled.
 * Events of other jobs and events after the end are ignored. Pure, so every path is unit-tested.
 */
export function reduceTraining(state: TrainingState, action: TrainingAction): TrainingStep {
  switch (action.type) {
    case 'start':
      // One training at a time: the panel hides Train while a job runs, and a second start is ignored.
      return state.job === null
        ? unchanged({ job: STARTING_JOB, early: [], ending: null })
        : unchanged(state);
    case 'started':
      return started(state, action.jobId);
    case 'start-failed':
      return unchanged(INITIAL_TRAINING_STATE);
    case 'cancel-requested':
      return state.job === null
        ? unchanged(state)
        : unchanged({ ...state, job: { ...state.job, cancelling: true } });
    case 'event':
      return receive(state, action.event);
  }
}
