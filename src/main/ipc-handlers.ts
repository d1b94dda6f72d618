import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  CORE_CALL_NAMES,
  hostCalls,
  IPC_CHANNELS,
  validateCallInput,
  type CallReply,
  type CoreApi,
} from '../shared/contract';
import { StudioError, toStudioErrorInfo } from '../shared/errors';
import { judgeIpcSender } from './ipc-trust';
import type { MainLog } from './main-log';
import { saveFileWithDialog } from './save-file';

/** What the IPC handlers need from the rest of the main process. */
export interface IpcHandlerContext {
  readonly core: CoreApi;
  readonly getWindow: () => BrowserWindow | undefined;
  /** Origins whose pages may call (see trustedIpcOrigins). */
  readonly trustedOrigins: readonly string[];
  readonly log: MainLog;
}

/**
 * Registers one IPC handler per contract call. Each checks that the message comes from our own window's
 * main frame showing our own origin, validates the input against the contract, and answers with a
 * {@link CallReply}. Refused senders and invalid arguments are logged. Channels that are not declared have no
 * handler, so Electron rejects an `invoke` on them; a `send` on any channel is logged by security.ts.
 */
export function registerIpcHandlers(context: IpcHandlerContext): void {
  const { core, log } = context;
  for (const name of CORE_CALL_NAMES) {
    ipcMain.handle(IPC_CHANNELS.call(name), (event, input: unknown) =>
      reply(async () => {
        const validInput = admit(log, name, () => {
          assertTrustedSender(event, context);
          return validateCallInput(name, input);
        });
        const handler = core[name] as (input: unknown) => Promise<unknown>;
        return handler.call(core, validInput);
      }),
    );
  }
  ipcMain.handle(IPC_CHANNELS.saveFile, (event, input: unknown) =>
    reply(async () => {
      const [window, request] = admit(log, 'saveFile', () => {
        const trusted = assertTrustedSender(event, context);
        const parsed = hostCalls.saveFile.input.safeParse(input);
        if (!parsed.success) {
          throw new StudioError(
            'invalid-arguments',
            `Invalid arguments for saveFile: ${parsed.error.message}`,
            {
              call: 'saveFile',
            },
          );
        }
        return [trusted, parsed.data] as const;
      });
      return saveFileWithDialog(window, request);
    }),
  );
}

/** Runs the sender and argument checks; a refusal is logged (it is a caller at fault, not the work) and thrown. */
function admit<Admitted>(log: MainLog, call: string, check: () => Admitted): Admitted {
  try {
    return check();
  } catch (error) {
    log.warn('ipc', `refused ${call}: ${toStudioErrorInfo(error).message}`);
    throw error;
  }
}

async function reply(work: () => Promise<unknown>): Promise<CallReply<unknown>> {
  try {
    return { ok: true, output: await work() };
  } catch (error) {
    return { ok: false, error: toStudioErrorInfo(error) };
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, context: IpcHandlerContext): BrowserWindow {
  const window = context.getWindow();
  const frame = event.senderFrame;
  const verdict = judgeIpcSender(
    {
      fromOurWindow: window !== undefined && !window.isDestroyed() && event.sender === window.webContents,
      fromMainFrame: window !== undefined && frame !== null && frame === window.webContents.mainFrame,
      url: frame?.url,
    },
    context.trustedOrigins,
  );
  if (!verdict.trusted || window === undefined) {
    throw new StudioError(
      'unauthorized',
      `This call is only accepted from the Embedding Studio window (refused: ${verdict.trusted ? 'no window' : verdict.reason}).`,
    );
  }
  return window;
}
