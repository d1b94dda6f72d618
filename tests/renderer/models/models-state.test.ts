import { describe, expect, it } from 'vitest';
import type { CatalogueModel, EmbedderInfo, InstalledModel, JobEvent } from '../../../src/shared/contract';
import {
  INITIAL_MODELS,
  modelsReducer,
  type ModelsAction,
  type ModelsState,
} from '../../../src/renderer/src/state/models-state';
import { isDownloadsDisallowed } from '../../../src/renderer/src/state/use-models';

const CATALOGUE: CatalogueModel[] = [
  {
    id: 'test/tiny-bert',
    name: { en: 'Tiny', ru: 'Крошка' },
    languages: ['en', 'ru'],
    dimension: 32,
    licence: 'MIT',
    sizes: { q8: 52_429, fp32: 73_400 },
    installed: false,
  },
];

const INSTALLED: InstalledModel[] = [
  { id: 'test/tiny-bert', dimension: 32, dtypes: ['q8'], sizeBytes: 70_000, problem: null },
];

const EMBEDDER: EmbedderInfo = {
  id: 'model:test/tiny-bert',
  name: { en: 'Tiny', ru: 'Крошка' },
  description: { en: '', ru: '' },
  languages: ['en'],
  dimension: 32,
  trainsOnInput: false,
  needsDownload: false,
};

function run(...actions: ModelsAction[]): ModelsState {
  return actions.reduce(modelsReducer, INITIAL_MODELS);
}

function event(jobEvent: JobEvent): ModelsAction {
  return { type: 'jobEvent', event: jobEvent };
}

const progress = (jobId: string, done: number): JobEvent => ({
  type: 'progress',
  jobId,
  stage: 'prepare',
  fraction: done / 1000,
  done,
  total: 1000,
  ratePerSecond: 500,
  etaMs: (1000 - done) * 2,
});

const started: ModelsAction[] = [
  { type: 'downloadRequested', modelId: 'test/tiny-bert', dtype: 'q8' },
  { type: 'downloadStarted', jobId: 'job-1' },
];

describe('modelsReducer', () => {
  it('starts with downloads off and nothing loaded, as the core does', () => {
    expect(INITIAL_MODELS.downloadsAllowed).toBe(false);
    expect(INITIAL_MODELS.loaded).toBe(false);
  });

  it('takes the listed models and the switch', () => {
    const state = run({ type: 'listed', installed: INSTALLED, catalogue: CATALOGUE, downloadsAllowed: true });
    expect(state.loaded).toBe(true);
    expect(state.installed).toEqual(INSTALLED);
    expect(state.catalogue).toEqual(CATALOGUE);
    expect(state.downloadsAllowed).toBe(true);
    expect(run({ type: 'downloadsAllowedChanged', allowed: true }).downloadsAllowed).toBe(true);
  });

  it('follows byte progress of its own job and ignores other jobs', () => {
    const state = run(...started, event(progress('job-1', 250)), event(progress('map-7', 900)));
    expect(state.download).toMatchObject({
      modelId: 'test/tiny-bert',
      dtype: 'q8',
      jobId: 'job-1',
      done: 250,
      total: 1000,
      ratePerSecond: 500,
      etaMs: 1500,
    });
  });

  it('ignores events until downloadModel has answered with the job id', () => {
    const state = run(started[0] as ModelsAction, event(progress('job-1', 250)));
    expect(state.download?.done).toBe(0);
    expect(state.download?.total).toBeNull();
  });

  it('keeps the earlier measures when an event leaves one out', () => {
    const bare: JobEvent = { type: 'progress', jobId: 'job-1', stage: 'prepare', fraction: 0.5 };
    const state = run(...started, event(progress('job-1', 250)), event(bare));
    expect(state.download?.done).toBe(250);
    expect(state.download?.ratePerSecond).toBe(500);
  });

  it('allows one download at a time', () => {
    const state = run(...started, { type: 'downloadRequested', modelId: 'other', dtype: 'fp32' });
    expect(state.download?.modelId).toBe('test/tiny-bert');
  });

  it('ends with model-ready and says so', () => {
    const state = run(...started, event({ type: 'model-ready', jobId: 'job-1', embedder: EMBEDDER }));
    expect(state.download).toBeNull();
    expect(state.notice).toEqual({ kind: 'ready', modelId: 'test/tiny-bert' });
  });

  it('marks a cancel in flight, then ends as cancelled', () => {
    const cancelling = run(...started, { type: 'cancelRequested' });
    expect(cancelling.download?.cancelling).toBe(true);
    const ended = modelsReducer(cancelling, event({ type: 'cancelled', jobId: 'job-1' }));
    expect(ended.download).toBeNull();
    expect(ended.notice).toEqual({ kind: 'cancelled' });
  });

  it('stops showing progress when the job fails (the alert shows the error)', () => {
    const failed = event({
      type: 'failed',
      jobId: 'job-1',
      error: { code: 'invalid-model', message: 'Cannot download.' },
    });
    const state = run(...started, failed);
    expect(state.download).toBeNull();
    expect(state.notice).toBeNull();
  });

  it('explains a download refused because downloads are off', () => {
    const state = run(started[0] as ModelsAction, { type: 'downloadRefused', modelId: 'test/tiny-bert' });
    expect(state.download).toBeNull();
    expect(state.notice).toEqual({ kind: 'downloads-off', modelId: 'test/tiny-bert' });
    expect(run(started[0] as ModelsAction, { type: 'downloadStartFailed' }).download).toBeNull();
  });

  it('tracks a removal', () => {
    const removing = run({ type: 'removeRequested', modelId: 'test/tiny-bert' });
    expect(removing.removing).toBe('test/tiny-bert');
    const removed = modelsReducer(removing, { type: 'removeFinished', modelId: 'test/tiny-bert' });
    expect(removed.removing).toBeNull();
    expect(removed.notice).toEqual({ kind: 'removed', modelId: 'test/tiny-bert' });
    expect(modelsReducer(removing, { type: 'removeFailed' }).removing).toBeNull();
  });
});

describe('isDownloadsDisallowed', () => {
  it('recognises the core refusal by its reason, not by its wording', () => {
    const params = { modelId: 'x', reason: 'downloads-disallowed' };
    expect(isDownloadsDisallowed({ code: 'invalid-arguments', message: 'anything', params })).toBe(true);
    expect(isDownloadsDisallowed({ code: 'invalid-arguments', message: 'Downloads are switched off' })).toBe(
      false,
    );
  });
});
