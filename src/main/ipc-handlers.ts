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
import type { z } from 'zod';
import { judgeIpcSender } from './ipc-trust';
import type { MainLog } from './main-log';
import { noteRecentDocumentMessage } from '../shared/contract/recent-document-calls';
import type { RecentDocuments } from './recent-documents';
import type { RecentDocument, RenderPdfRequest } from '../shared/contract';
import { saveFileWithDialog } from './save-file';

/** What the IPC handlers need from the rest of the main process. */
export interface IpcHandlerContext {
  readonly core: CoreApi;
  readonly getWindow: () => BrowserWindow | undefined;
  /** Origins whose pages may call (see trustedIpcOrigins). */
  readonly trustedOrigins: readonly string[];
  readonly log: MainLog;
  /** The files the app may open again by id (recent-documents.ts). */
  readonly documents: RecentDocuments;
  /** Prints the export SVG to PDF (print-pdf.ts). */
  readonly renderPdf: (request: RenderPdfRequest) => Promise<Uint8Array>;
  /** Files the OS asked to open before the page listened; handed over (and emptied) on request. */
  readonly takeOpenRequests: () => RecentDocument[];
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
  handleHostCall(context, IPC_CHANNELS.saveFile, 'saveFile', hostCalls.saveFile.input, (request, window) =>
    saveFileWithDialog(window, request),
  );
  handleHostCall(
    context,
    IPC_CHANNELS.renderPdf,
    'renderPdf',
    hostCalls.renderPdf.input,
    async (request) => ({
      bytes: await context.renderPdf(request),
    }),
  );
  handleHostCall(
    context,
    IPC_CHANNELS.noteRecentDocument,
    'noteRecentDocument',
    noteRecentDocumentMessage.input,
    (request) => context.documents.note(request.path),
  );
  handleHostCall(
    context,
    IPC_CHANNELS.readRecentDocument,
    'readRecentDocument',
    hostCalls.readRecentDocument.input,
    (request) => context.documents.read(request),
  );
  ipcMain.handle(IPC_CHANNELS.takeOpenRequests, (event) =>
    reply(async () => {
      admit(log, 'takeOpenRequests', () => assertTrustedSender(event, context));
      return Promise.resolve(context.takeOpenRequests());
    }),
  );
}

/** One host call: the sender check, the input validated by `schema`, then `work`, answered as a CallReply. */
function handleHostCall<Input>(
  context: IpcHandlerContext,
  channel: string,
  call: string,
  schema: z.ZodType<Input>,
  work: (input: Input, window: BrowserWindow) => Promise<unknown>,
): void {
  ipcMain.handle(channel, (event, input: unknown) =>
    reply(async () => {
      const [window, request] = admit(context.log, call, () => {
        const trusted = assertTrustedSender(event, context);
        const parsed = schema.safeParse(input);
        if (!parsed.success) {
          throw new StudioError(
            'invalid-arguments',
            `Invalid arguments for ${call}: ${parsed.error.message}`,
            {
              call,
            },
          );
        }
        return [trusted, parsed.data] as const;
      });
      return work(request, window);
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
