import {
  CORE_CALL_NAMES,
  type CallReply,
  type CoreApi,
  type CoreCallName,
  type DesktopBridge,
  type StudioClient,
} from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

function unwrap<Output>(reply: CallReply<Output>): Output {
  if (reply.ok) return reply.output;
  throw StudioError.fromInfo(reply.error);
}

/** The renderer's client in the desktop app: the preload's bridge, with errors turned back into StudioErrors. */
export function createDesktopClient(bridge: DesktopBridge): StudioClient {
  const api = Object.fromEntries(
    CORE_CALL_NAMES.map((name: CoreCallName) => {
      const method = bridge[name] as (input: unknown) => Promise<CallReply<unknown>>;
      return [name, async (input: unknown) => unwrap(await method(input))] as const;
    }),
  ) as unknown as CoreApi;
  return {
    ...api,
    host: 'desktop',
    onJobEvent: (listener) => bridge.onJobEvent(listener),
    saveFile: async (request) => unwrap(await bridge.saveFile(request)),
    renderPdf: async (request) => {
      const { bytes } = unwrap(await bridge.renderPdf(request));
      // IPC delivers a Uint8Array over its own ArrayBuffer; the copy types it so (a PDF is a few MB).
      return new Uint8Array(bytes);
    },
    documents: {
      noteOpened: async (file) => {
        const reply = await bridge.noteRecentDocument(file);
        return reply === null ? null : unwrap(reply);
      },
      read: async (request) => unwrap(await bridge.readRecentDocument(request)),
      onOpenRequest: (listener) => bridge.onOpenDocument(listener),
    },
  };
}
