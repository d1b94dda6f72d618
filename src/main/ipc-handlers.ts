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
import { saveFileWithDialog } from './save-file';

/**
 * Registers one IPC handler per contract call. Each checks that the message comes from our own window's
 * main frame, validates the input against the contract, and answers with a {@link CallReply}.
 */
export function registerIpcHandlers(core: CoreApi, getWindow: () => BrowserWindow | undefined): void {
  for (const name of CORE_CALL_NAMES) {
    ipcMain.handle(IPC_CHANNELS.call(name), (event, input: unknown) =>
      reply(async () => {
        assertTrustedSender(event, getWindow());
        const validInput = validateCallInput(name, input);
        const handler = core[name] as (input: unknown) => Promise<unknown>;
        return handler.call(core, validInput);
      }),
    );
  }
  ipcMain.handle(IPC_CHANNELS.saveFile, (event, input: unknown) =>
    reply(async () => {
      const window = assertTrustedSender(event, getWindow());
      const parsed = hostCalls.saveFile.input.safeParse(input);
      if (!parsed.success) {
        throw new StudioError('invalid-arguments', `Invalid arguments for saveFile: ${parsed.error.message}`);
      }
      return saveFileWithDialog(window, parsed.data);
    }),
  );
}

async function reply(work: () => Promise<unknown>): Promise<CallReply<unknown>> {
  try {
    return { ok: true, output: await work() };
  } catch (error) {
    return { ok: false, error: toStudioErrorInfo(error) };
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | undefined): BrowserWindow {
  const frame = event.senderFrame;
  const trusted =
    window !== undefined &&
    event.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame;
  if (!trusted) {
    console.warn(`[ipc] refused a call from an untrusted frame: ${frame?.url ?? '(gone)'}`);
    throw new StudioError('unauthorized', 'This call is only accepted from the Embedding Studio window.');
  }
  return window;
}
