import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_CALL_NAMES, hostCalls, IPC_CHANNELS } from '../../src/shared/contract';

/**
 * Every call reaches every host: the preload exposes one method per core call on its own channel, plus the
 * host's messages; main handles each host channel with the sender check; the web server and client know the
 * host call the browser build has (renderPdf). Read from the sources, since the preload and main only run
 * inside Electron.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const source = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The desktop-only host messages, beside the core calls. */
const HOST_METHODS = ['saveFile', 'renderPdf', 'noteRecentDocument', 'readRecentDocument', 'onOpenDocument'];

describe('bridge parity', () => {
  const preload = source('src/preload/index.ts');

  it('the preload has exactly one method per core call, each on that call’s own channel', () => {
    const methods = [...preload.matchAll(/^ {2}(\w+): /gm)].map((match) => match[1]);
    expect([...methods].sort()).toEqual([...CORE_CALL_NAMES, ...HOST_METHODS, 'onJobEvent'].sort());
    for (const name of CORE_CALL_NAMES) {
      expect(preload).toContain(`${name}: (input) => invoke(IPC_CHANNELS.call('${name}'), input),`);
    }
  });

  it('main handles every host channel behind the sender check, and the preload uses each', () => {
    const handlers = source('src/main/ipc-handlers.ts');
    const hostChannels = Object.entries(IPC_CHANNELS).filter(
      ([key]) => key !== 'call' && key !== 'jobEvent' && key !== 'openDocument',
    );
    for (const [key] of hostChannels) {
      expect(handlers, key).toMatch(new RegExp(`IPC_CHANNELS\\.${key}\\b`));
      expect(preload, key).toMatch(new RegExp(`IPC_CHANNELS\\.${key}\\b`));
    }
    // Each handler runs assertTrustedSender: one for the core calls, one in handleHostCall, one for the queue.
    expect([...handlers.matchAll(/assertTrustedSender\(event, context\)/g)].length).toBe(3);
    expect(Object.keys(hostCalls).sort()).toEqual(['readRecentDocument', 'renderPdf', 'saveFile']);
  });

  it('the web server and the web client serve and call renderPdf on the same path', () => {
    expect(source('src/server/web-protocol.ts')).toContain("API_HOST_PREFIX = '/api/host/'");
    expect(source('src/renderer/src/api/web-client.ts')).toContain("API_HOST_PREFIX = '/api/host/'");
    expect(source('src/server/web-server.ts')).toContain("name !== 'renderPdf'");
  });
});
