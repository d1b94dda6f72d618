import type { DesktopDocuments, RecentDocument } from '../../../shared/contract';

/** 8 MiB per read: the streamed import's slice, half the contract's bound on one chunk. */
export const DOCUMENT_READ_BYTES = 8 * 1024 * 1024;

/**
 * A file the desktop host remembers, read again in chunks into a `File`, so it opens exactly as a picked file
 * does (a big one through the streamed import, with its prompt, progress and Cancel). The parts stay separate
 * Blob parts, which Chromium may keep on disk, so no one buffer of the whole file is made here.
 */
export async function readDocumentFile(
  documents: Pick<DesktopDocuments, 'read'>,
  document: Pick<RecentDocument, 'documentId' | 'name'>,
  chunkBytes: number = DOCUMENT_READ_BYTES,
): Promise<File> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const { bytes, totalBytes } = await documents.read({
      documentId: document.documentId,
      offset,
      length: chunkBytes,
    });
    if (bytes.byteLength === 0) break;
    parts.push(new Uint8Array(bytes));
    offset += bytes.byteLength;
    if (offset >= totalBytes) break;
  }
  return new File(parts, document.name);
}
