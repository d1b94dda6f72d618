import { z } from 'zod';

/** 64 MiB: a 4000 × 4000 RGBA PNG compresses far below this; anything larger is a bug, not an image. */
const MAX_SAVED_FILE_BYTES = 64 * 1024 * 1024;

/** Calls served by the host (Electron main) rather than the core. Validated in the IPC handler. */
export const hostCalls = {
  saveFile: {
    input: z.object({
      suggestedName: z
        .string()
        .min(1)
        .max(255)
        // A suggested name is only a default for the dialog, but it must never smuggle a path.
        .refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', 'must be a plain file name'),
      mimeType: z.enum(['image/png', 'image/svg+xml', 'text/csv']),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES),
    }),
  },
} as const;

export type SaveFileRequest = z.infer<typeof hostCalls.saveFile.input>;
