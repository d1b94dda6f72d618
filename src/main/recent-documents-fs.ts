import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-write';
import { RECENT_DOCUMENTS_FILE, type RecentDocumentsFs } from './recent-documents';

/** The real file system for {@link RecentDocuments}: the list in `folder` (userData), written atomically. */
export function nodeRecentDocumentsFs(folder: string): RecentDocumentsFs {
  const listFile = join(folder, RECENT_DOCUMENTS_FILE);
  return {
    async statFile(path) {
      const info = await stat(path);
      if (!info.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
      return { size: info.size };
    },
    async readChunk(path, offset, length) {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async readList() {
      try {
        return await readFile(listFile, 'utf8');
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
    },
    writeList: (text) => writeFileAtomically(listFile, new TextEncoder().encode(text)),
  };
}
