import { z } from 'zod';
import { idSchema, LIMITS } from './schemas';

/**
 * Files the desktop app may open again by itself (the in-app Recent Files list, the OS's recent documents,
 * a file given on the command line or by the dock). The page never names a path: the preload learns the path
 * of a File the user chose or dropped (Electron's `webUtils.getPathForFile`) and tells main, which keeps it in
 * an allow-list and answers with an opaque `documentId`; reopening reads by that id, in chunks.
 */

/** 16 MiB: one chunk of a reopened file per call, the streamed import's own chunk bound. */
export const MAX_DOCUMENT_CHUNK_BYTES = 16 * 1024 * 1024;

/** 4 KiB: longer than any real path (Linux PATH_MAX is 4,096 bytes); bounds the message. */
export const MAX_DOCUMENT_PATH_LENGTH = 4096;

/** A file the desktop host will read again on request. */
export const recentDocumentSchema = z.object({
  documentId: idSchema,
  /** The file's name (no folder). */
  name: z.string().min(1).max(LIMITS.maxFileNameLength),
  /** Bytes, when last looked at. */
  size: z.number().int().nonnegative(),
});

export type RecentDocument = z.infer<typeof recentDocumentSchema>;

/**
 * The preload's own message (never the page's): the absolute path of a file the user chose or dropped. Only
 * the preload sends it, with a path Electron derived from a real File, so it is not among the page's calls.
 */
export const noteRecentDocumentMessage = {
  input: z.object({ path: z.string().min(1).max(MAX_DOCUMENT_PATH_LENGTH) }),
  output: recentDocumentSchema,
} as const;

export const readRecentDocumentInput = z.object({
  documentId: idSchema,
  /** Where to start reading, in bytes. */
  offset: z
    .number()
    .int()
    .nonnegative()
    .max(2 ** 50),
  /** How many bytes at most (the answer is shorter at the end of the file). */
  length: z.number().int().min(1).max(MAX_DOCUMENT_CHUNK_BYTES),
});

export const readRecentDocumentOutput = z.object({
  bytes: z.instanceof(Uint8Array),
  /** The file's size now (it may have changed since it was noted). */
  totalBytes: z.number().int().nonnegative(),
});

export type ReadRecentDocumentRequest = z.infer<typeof readRecentDocumentInput>;
export type ReadRecentDocumentReply = z.infer<typeof readRecentDocumentOutput>;
