import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../../src/shared/contract';
import { StudioError } from '../../../src/shared/errors';
import { createCoreDispatcher } from '../../../src/core/rpc/core-dispatcher';
import { CoreRpcClient } from '../../../src/core/rpc/core-rpc-client';
import { createNodeCore } from '../../../src/node/create-node-core';

/** A real core behind a real message channel (structured clone), as in a worker, without the thread. */
function connect(): { client: CoreRpcClient; close: () => void } {
  const channel = new MessageChannel();
  const dispatch = createCoreDispatcher(createNodeCore(), (message) => {
    channel.port1.postMessage(message);
  });
  channel.port1.on('message', dispatch);
  const client = new CoreRpcClient((message) => {
    channel.port2.postMessage(message);
  });
  channel.port2.on('message', (message: unknown) => {
    client.handleMessage(message);
  });
  return {
    client,
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

describe('core RPC over a message channel', () => {
  let close = (): void => undefined;
  afterEach(() => {
    close();
  });

  it('carries calls and replies with their types intact', async () => {
    const connection = connect();
    close = connection.close;
    const samples = await connection.client.api.listSamples({});
    expect(samples.map((sample) => sample.id)).toEqual([
      'words-ru-en',
      'sentences-ru-en',
      'teaching-corpus-ru-en',
    ]);
    const preview = await connection.client.api.openSample({ sampleId: 'words-ru-en' });
    expect(preview.columns).toEqual(['word', 'category', 'language']);
  });

  it('turns an error reply into a StudioError with its code', async () => {
    const connection = connect();
    close = connection.close;
    const failure = connection.client.api.openSample({ sampleId: '' });
    await expect(failure).rejects.toBeInstanceOf(StudioError);
    await expect(failure).rejects.toMatchObject({ code: 'invalid-arguments' });
    const unknownCall = connection.client.api as unknown as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    expect(unknownCall['dropTables']).toBeUndefined();
  });

  it('ends every waiting call and running job when the other side dies', async () => {
    const connection = connect();
    close = connection.close;
    const events: JobEvent[] = [];
    connection.client.onJobEvent((event) => events.push(event));
    const preview = await connection.client.api.openSample({ sampleId: 'sentences-ru-en' });
    const { jobId } = await connection.client.api.startMap({
      datasetId: preview.datasetId,
      textColumn: preview.suggestedTextColumn,
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    const pending = connection.client.api.listEmbedders({});
    connection.close();
    connection.client.failAll({ code: 'worker-crashed', message: 'gone' });
    await expect(pending).rejects.toMatchObject({ code: 'worker-crashed' });
    expect(events.filter((event) => event.type === 'failed').map((event) => event.jobId)).toEqual([jobId]);
  });
});

describe('job tracking across a crash', () => {
  it('fails a job that has only streamed items and layouts so far; ended jobs stay ended', () => {
    const sent: unknown[] = [];
    const client = new CoreRpcClient((message) => sent.push(message));
    const events: JobEvent[] = [];
    client.onJobEvent((event) => events.push(event));
    client.handleMessage({
      kind: 'event',
      event: { type: 'items', jobId: 'job-1', texts: ['a'], labels: [null] },
    });
    const layout = {
      type: 'layout',
      jobId: 'job-1',
      dims: 2,
      coords: new Float32Array(2),
      epoch: 1,
      totalEpochs: 9,
    };
    client.handleMessage({ kind: 'event', event: layout });
    client.handleMessage({
      kind: 'event',
      event: { type: 'items', jobId: 'job-2', texts: ['b'], labels: [null] },
    });
    client.handleMessage({ kind: 'event', event: { type: 'cancelled', jobId: 'job-2' } });
    client.failAll({ code: 'worker-crashed', message: 'gone' });
    const failed = events.filter((event) => event.type === 'failed').map((event) => event.jobId);
    expect(failed).toEqual(['job-1']);
  });
});
