/**
 * The autosave slot in IndexedDB (available in Electron's renderer and in browsers, and it holds binary data
 * of hundreds of MB where localStorage holds a few MB of text): one project and a small metadata record,
 * written together in one transaction so they always describe each other.
 */

const DATABASE = 'embedding-studio';
/** Bump when the stores change shape. */
const DATABASE_VERSION = 1;
const STORE = 'autosave';
const PROJECT_KEY = 'project';
const META_KEY = 'meta';

/** What the recovery question shows without reading the project itself. */
export interface AutosaveMeta {
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number;
  readonly items: number;
  /** The data set's name (file or sample), or null when unknown. */
  readonly datasetName: string | null;
}

function request<T>(action: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    action.onsuccess = () => {
      resolve(action.result);
    };
    action.onerror = () => {
      reject(action.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  const opening = indexedDB.open(DATABASE, DATABASE_VERSION);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(STORE)) opening.result.createObjectStore(STORE);
  };
  return request(opening);
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onerror = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
    transaction.onabort = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction aborted (is the disk full?)'));
    };
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T> | T,
): Promise<T> {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(STORE, mode);
    // Listening before any request runs: the transaction may complete as soon as its requests are done.
    const finished = done(transaction);
    const result = await work(transaction.objectStore(STORE));
    await finished;
    return result;
  } finally {
    database.close();
  }
}

/** Replaces the slot with `bytes` (a project file) and its metadata. */
export function writeAutosave(bytes: Uint8Array, meta: AutosaveMeta): Promise<void> {
  return withStore('readwrite', (store) => {
    store.put(bytes, PROJECT_KEY);
    store.put(meta, META_KEY);
  });
}

function isMeta(value: unknown): value is AutosaveMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<AutosaveMeta>;
  return typeof meta.savedAt === 'number' && typeof meta.items === 'number';
}

/** The slot's metadata, or null when there is no autosave (or no IndexedDB). */
export async function readAutosaveMeta(): Promise<AutosaveMeta | null> {
  const value: unknown = await withStore('readonly', (store) => request(store.get(META_KEY)));
  return isMeta(value) ? value : null;
}

/** The autosaved project's bytes, or null when there are none. */
export async function readAutosaveProject(): Promise<Uint8Array<ArrayBuffer> | null> {
  const value: unknown = await withStore('readonly', (store) => request(store.get(PROJECT_KEY)));
  return value instanceof Uint8Array ? new Uint8Array(value) : null;
}

/** Empties the slot (the user discarded the previous session). */
export function clearAutosave(): Promise<void> {
  return withStore('readwrite', (store) => {
    store.clear();
  });
}
