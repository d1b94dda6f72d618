import { z } from 'zod';
import { renderPdfInput, renderPdfOutput } from './pdf-calls';
import { readRecentDocumentInput, readRecentDocumentOutput } from './recent-document-calls';

/**
 * 1 GiB: a 4000 × 4000 PNG is a few MB, but a project file carries the embeddings (100,000 × 384 float32 is
 * ~150 MB) and its data set.
 */
const MAX_SAVED_FILE_BYTES = 1024 * 1024 * 1024;

/** The media type of an Embedding Studio project file (`.esproj`, a ZIP container: docs/project-format.md). */
export const PROJECT_MIME_TYPE = 'application/x-embedding-studio-project';

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
      mimeType: z.enum([
        'image/png',
        'image/svg+xml',
        'text/csv',
        // JSON Lines (data export) and NumPy arrays (embeddings export).
        'application/x-ndjson',
        'application/x-npy',
        // The 2D view as a vector PDF.
        'application/pdf',
        // Word vectors as word2vec text (embeddings export).
        'text/plain',
        PROJECT_MIME_TYPE,
      ]),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES),
    }),
  },
  /** The 2D view's SVG as a one-page vector PDF (pdf-calls.ts): printToPDF on the desktop, Chromium on the web. */
  renderPdf: { input: renderPdfInput, output: renderPdfOutput },
  /** A chunk of a file the desktop host noted as opened (recent-document-calls.ts); desktop only. */
  readRecentDocument: { input: readRecentDocumentInput, output: readRecentDocumentOutput },
} as const;

export type SaveFileRequest = z.infer<typeof hostCalls.saveFile.input>;
