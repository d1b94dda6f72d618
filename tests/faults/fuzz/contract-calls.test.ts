import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { StudioCore } from '../../../src/core/studio-core';
import { CORE_CALL_NAMES, isJobEndEvent, type CoreApi, type JobEvent } from '../../../src/shared/contract';
import { utf8 } from '../../core/support/encodings';
import { MemorySampleSource } from '../../core/support/memory-sample-source';
import { mutatedInput, randomInput, validInputs, type LiveIds } from './contract-inputs';
import { clearOutcome, OutcomeTally, withinTime } from './fuzz-support';

const SEED = 2208;

const SENTENCES = [
  'text,topic',
  ...Array.from(
    { length: 30 },
    (_u, i) => `${['cat', 'dog', 'bank', 'stock', 'goal', 'team'][i % 6] ?? ''} ${i},t${i % 3}`,
  ),
].join('\n');

/** A core with a data set, two maps, a word embedder and an ended job: the ids near-valid inputs use. */
async function preparedCore(): Promise<{ core: StudioCore; ids: LiveIds; jobEnds: Map<string, JobEvent> }> {
  const core = new StudioCore({ samples: new MemorySampleSource({}) });
  const jobEnds = new Map<string, JobEvent>();
  const waiters = new Map<string, (event: JobEvent) => void>();
  core.onJobEvent((event) => {
    if (!isJobEndEvent(event)) return;
    jobEnds.set(event.jobId, event);
    waiters.get(event.jobId)?.(event);
  });
  const ended = (jobId: string): Promise<JobEvent> =>
    new Promise((resolve) => {
      const known = jobEnds.get(jobId);
      if (known !== undefined) resolve(known);
      else waiters.set(jobId, resolve);
    });
  const { datasetId } = await core.openFile({ fileName: 's.csv', bytes: utf8(SENTENCES) });
  const request = {
    datasetId,
    textColumn: 'text',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    dims: 2,
    seed: 1,
  } as const;
  const first = await core.startMap({ ...request, method: 'pca' });
  const second = await core.startMap({ ...request, method: 'umap' });
  const [a, b] = await Promise.all([ended(first.jobId), ended(second.jobId)]);
  if (a.type !== 'done' || b.type !== 'done') throw new Error('the setup maps must finish');
  const vectors = await core.loadWordVectors({
    fileName: 'tiny.vec',
    bytes: utf8('4 2\ncat 1 0\ndog 0.9 0.1\nbank 0 1\nstock 0.1 0.9\n'),
    maxWords: null,
    lenient: false,
  });
  const { bytes: projectBytes } = await core.exportProject({ mapIds: [a.result.mapId], view: null });
  const ids: LiveIds = {
    datasetId,
    mapId: a.result.mapId,
    otherMapId: b.result.mapId,
    jobId: first.jobId,
    wordEmbedderId: vectors.embedder.id,
    projectBytes,
  };
  return { core, ids, jobEnds };
}

/** Waits for a started job to end (cancelling it after `ms`), and fails on an `internal` end. */
async function settleJob(
  core: CoreApi,
  jobEnds: Map<string, JobEvent>,
  jobId: string,
  ms: number,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!jobEnds.has(jobId) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!jobEnds.has(jobId)) {
    await core.cancelJob({ jobId });
    await withinTime(
      (async () => {
        while (!jobEnds.has(jobId)) await new Promise((resolve) => setTimeout(resolve, 5));
      })(),
      10_000,
    );
  }
  const end = jobEnds.get(jobId);
  if (end?.type === 'failed') {
    expect(end.error.code, end.error.message).not.toBe('internal');
    expect(end.error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz: every contract call through StudioCore', () => {
  const tallies: OutcomeTally[] = [];

  afterAll(() => {
    for (const each of tallies) each.report();
    const total = tallies.reduce((sum, each) => sum + each.cases, 0);
    console.log(`fuzz: contract calls — ${total} generated cases in all`);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(CORE_CALL_NAMES)(
    '%s: random and near-valid inputs get a result or a clear error, never internal',
    async (name) => {
      // A fresh core per call: the data-set store keeps only the latest few, and fuzzing other calls opens many.
      const { core, ids, jobEnds } = await preparedCore();
      const method = (core as unknown as Record<string, unknown>)[name];
      if (typeof method !== 'function') {
        console.log(`fuzz: StudioCore.${name} — not implemented by the core yet; skipped`);
        return;
      }
      const call = (input: unknown): Promise<unknown> =>
        (method as (input: unknown) => Promise<unknown>).call(core, input);
      const outcomes = new OutcomeTally(`StudioCore.${name}`);
      tallies.push(outcomes);
      const template = validInputs(ids)[name];
      if (template === undefined) console.log(`fuzz: StudioCore.${name} — no template; random inputs only`);
      const inputs =
        template === undefined
          ? randomInput
          : fc.oneof({ weight: 1, arbitrary: randomInput }, { weight: 3, arbitrary: mutatedInput(template) });
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          let output: unknown;
          outcomes.add(
            await clearOutcome(async () => {
              output = await call(input);
            }, 10_000),
          );
          const jobId = (output as { jobId?: unknown } | undefined)?.jobId;
          if (typeof jobId === 'string') await settleJob(core, jobEnds, jobId, 3000);
        }),
        { seed: SEED + CORE_CALL_NAMES.indexOf(name), numRuns: 150 },
      );
      // The valid template itself still works after all that.
      if (template !== undefined)
        expect(await clearOutcome(() => call(template), 10_000)).not.toBe('internal');
    },
  );
});
