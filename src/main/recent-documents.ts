import { randomUUID } from 'node:crypto';
import { basename, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { ReadRecentDocumentReply, ReadRecentDocumentRequest, RecentDocument } from '../shared/contract';
import { StudioError } from '../shared/errors';

/** Ten: the in-app Recent Files list's length, so every entry there can reopen. */
export const MAX_RECENT_DOCUMENTS = 10;

/** The file (in Electron's userData folder) that keeps the allow-list between launches. */
export const RECENT_DOCUMENTS_FILE = 'recent-documents.json';

/** What the allow-list needs from the file system: injected, so tests run on a temporary folder. */
export interface RecentDocumentsFs {
  /** The file's size; rejects when it is missing or not a regular file. */
  statFile(path: string): Promise<{ readonly size: number }>;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  readChunk(path: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
  /** The stored list's text, or null when there is none yet. */
  readList(): Promise<string | null>;
  /** Replaces the stored list (atomically: a crash never leaves half a list). */
  writeList(text: string): Promise<void>;
}

/** What the allow-list tells the operating system (Electron's `app`). */
export interface RecentDocumentsOs {
  /** Adds to the OS's recent documents (Windows jump list, macOS Open Recent). */
  addRecentDocument(path: string): void;
}

const storedSchema = z.array(
  z.object({ documentId: z.string().min(1).max(200), path: z.string().min(1).max(4096) }),
);

interface Entry {
  readonly documentId: string;
  readonly path: string;
}

/**
 * The files the desktop app may open again without a picker: those the user chose, dropped or asked the OS
 * to open, the latest ten, kept as JSON in userData. The renderer only ever holds their opaque ids; reading
 * goes through {@link read}, which refuses any id not in the list, so a page can never make main read a file
 * the user did not open.
 */
export class RecentDocuments {
  private entries: Entry[] = [];
  private loaded: Promise<void> | undefined;

  constructor(
    private readonly fs: RecentDocumentsFs,
    private readonly os: RecentDocumentsOs,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** Records that the user opened `path` (moving it to the top) and tells the OS; returns its id. */
  async note(path: string): Promise<RecentDocument> {
    if (!isAbsolute(path)) {
      throw new StudioError('invalid-arguments', `A recent document needs an absolute path, not "${path}".`, {
        call: 'noteRecentDocument',
      });
    }
    const { size } = await this.stat(path);
    await this.load();
    const documentId = this.entries.find((entry) => entry.path === path)?.documentId ?? this.newId();
    this.entries = [{ documentId, path }, ...this.entries.filter((entry) => entry.path !== path)].slice(
      0,
      MAX_RECENT_DOCUMENTS,
    );
    this.os.addRecentDocument(path);
    await this.fs.writeList(JSON.stringify(this.entries));
    return { documentId, name: basename(path), size };
  }

  /** A chunk of a listed file; `unauthorized` for an id that is not in the list. */
  async read(request: ReadRecentDocumentRequest): Promise<ReadRecentDocumentReply> {
    await this.load();
    const entry = this.entries.find((candidate) => candidate.documentId === request.documentId);
    if (entry === undefined) {
      throw new StudioError(
        'unauthorized',
        'That file is not among the files you opened recently; open it with the file picker instead.',
        { documentId: request.documentId },
      );
    }
    const { size } = await this.stat(entry.path);
    const bytes = request.offset >= size ? new Uint8Array(0) : await this.readChunk(entry, request);
    return { bytes, totalBytes: size };
  }

  /** The listed paths, newest first (for tests and the log). */
  async paths(): Promise<string[]> {
    await this.load();
    return this.entries.map((entry) => entry.path);
  }

  private async readChunk(
    entry: Entry,
    request: ReadRecentDocumentRequest,
  ): Promise<Uint8Array<ArrayBuffer>> {
    try {
      return await this.fs.readChunk(entry.path, request.offset, request.length);
    } catch (error) {
      throw unavailable(entry.path, error);
    }
  }

  private async stat(path: string): Promise<{ readonly size: number }> {
    try {
      return await this.fs.statFile(path);
    } catch (error) {
      throw unavailable(path, error);
    }
  }

  /** Reads the stored list once; a damaged or missing list starts empty (it only forgets). */
  private load(): Promise<void> {
    this.loaded ??= this.fs.readList().then(
      (text) => {
        this.entries = parseStored(text);
      },
      () => {
        this.entries = [];
      },
    );
    return this.loaded;
  }
}

function parseStored(text: string | null): Entry[] {
  if (text === null) return [];
  try {
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? parsed.data.filter((entry) => isAbsolute(entry.path)).slice(0, MAX_RECENT_DOCUMENTS)
      : [];
  } catch {
    return [];
  }
}

function unavailable(path: string, error: unknown): StudioError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === 'ENOENT'
      ? 'it is no longer there (moved, renamed or deleted)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission was denied'
        : error instanceof Error
          ? error.message
          : String(error);
  const file = basename(path);
  return new StudioError('file-unavailable', `Could not open ${file} again: ${reason}.`, { file, reason });
}
