import type { StudioErrorInfo } from '../errors';
import type { CoreCallName, CoreInput, CoreOutput } from './core-calls';
import type { SaveFileRequest } from './host-calls';
import type { JobEventListener } from './job-events';
import type { SaveOutcome } from './studio-client';

/**
 * Errors lose their fields when they cross Electron's IPC and context bridge, so desktop calls resolve to an
 * explicit success-or-error value; the renderer's desktop client turns errors back into StudioErrors.
 */
export type CallReply<Output> =
  { readonly ok: true; readonly output: Output } | { readonly ok: false; readonly error: StudioErrorInfo };

/**
 * What the sandboxed preload exposes as `window.embeddingStudioBridge`: one method per message, no raw
 * `ipcRenderer`. Implemented, by type, in src/preload/index.ts.
 */
export type DesktopBridge = {
  readonly [Name in CoreCallName]: (input: CoreInput<Name>) => Promise<CallReply<CoreOutput<Name>>>;
} & {
  readonly saveFile: (request: SaveFileRequest) => Promise<CallReply<SaveOutcome>>;
  readonly onJobEvent: (listener: JobEventListener) => () => void;
};

/** IPC channel names, derived in one place so main and preload cannot disagree. */
export const IPC_CHANNELS = {
  call: (name: CoreCallName): string => `core:${name}`,
  jobEvent: 'core:job-event',
  saveFile: 'host:save-file',
} as const;
