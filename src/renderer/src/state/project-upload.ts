import type { CoreOutput, StudioClient } from '../../../shared/contract';

/** 8 MiB per appendProjectImport call: half the contract's chunk bound, and quick steps over IPC or HTTP. */
export const PROJECT_CHUNK_BYTES = 8 * 1024 * 1024;

/** The calls a chunked project import makes. */
export type ProjectUploadClient = Pick<
  StudioClient,
  'beginProjectImport' | 'appendProjectImport' | 'finishProjectImport' | 'abortProjectImport'
>;

/**
 * Opens a project file in the core through chunked calls (begin, append each slice in order, finish), so no
 * call carries more than `chunkBytes`: an autosave of a big data set may be far larger than the 512 MiB one
 * `importProject` call may carry. Any failure drops the upload in the core.
 */
export async function uploadProject(
  client: ProjectUploadClient,
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  chunkBytes: number = PROJECT_CHUNK_BYTES,
): Promise<CoreOutput<'finishProjectImport'>> {
  const { uploadId } = await client.beginProjectImport({ fileName, totalBytes: bytes.byteLength });
  try {
    for (let start = 0; start < bytes.byteLength; start += chunkBytes) {
      // A copy of each slice: a transferring host (a worker) must not detach the whole autosave's buffer.
      await client.appendProjectImport({ uploadId, bytes: bytes.slice(start, start + chunkBytes) });
    }
    return await client.finishProjectImport({ uploadId });
  } catch (error) {
    await client.abortProjectImport({ uploadId }).catch(() => undefined);
    throw error;
  }
}
