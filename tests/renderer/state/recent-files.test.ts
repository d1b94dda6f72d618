import { describe, expect, it } from 'vitest';
import {
  canReopen,
  kindOfDocument,
  loadRecentFiles,
  MAX_RECENT_FILES,
  parseRecentFiles,
  RECENT_FILES_STORAGE_KEY,
  rememberRecentFile,
  withRecentFile,
  type RecentFile,
  type RecentFilesStorage,
} from '../../../src/renderer/src/state/recent-files';

function file(name: string, openedAt: number, kind: RecentFile['kind'] = 'data', size = 100): RecentFile {
  return { kind, name, size, openedAt, sampleId: null };
}

function sample(id: string, openedAt: number): RecentFile {
  return { kind: 'sample', name: `${id}.csv`, size: null, openedAt, sampleId: id };
}

/** A Storage stand-in over a Map (the real localStorage is a browser's). */
function memoryStorage(): RecentFilesStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
    },
  };
}

describe('withRecentFile', () => {
  it('puts the newest first, once, and keeps at most ten', () => {
    let list: RecentFile[] = [];
    for (let i = 0; i < 12; i++) list = withRecentFile(list, file(`f${i}.csv`, i));
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list.map((entry) => entry.name).slice(0, 3)).toEqual(['f11.csv', 'f10.csv', 'f9.csv']);
    const again = withRecentFile(list, file('f5.csv', 20));
    expect(again.map((entry) => entry.name).slice(0, 2)).toEqual(['f5.csv', 'f11.csv']);
    expect(again.filter((entry) => entry.name === 'f5.csv')).toHaveLength(1);
  });

  it('tells a data set, a project and another file of the same name apart; a sample by its id', () => {
    let list = withRecentFile([], file('words.csv', 1));
    list = withRecentFile(list, file('words.csv', 2, 'project'));
    list = withRecentFile(list, file('words.csv', 3, 'data', 200));
    list = withRecentFile(list, sample('sentences-ru-en', 4));
    list = withRecentFile(list, sample('sentences-ru-en', 5));
    expect(list.map((entry) => [entry.kind, entry.size, entry.openedAt])).toEqual([
      ['sample', null, 5],
      ['data', 200, 3],
      ['project', 100, 2],
      ['data', 100, 1],
    ]);
  });
});

describe('canReopen', () => {
  it('reopens samples only: a browser cannot open a file again by its name', () => {
    expect(canReopen(sample('words-ru', 1))).toBe(true);
    expect(canReopen(file('words.csv', 1))).toBe(false);
    expect(canReopen(file('lesson.esproj', 1, 'project'))).toBe(false);
  });

  it('in the desktop app, reopens a file the host gave an id, and only then', () => {
    const remembered: RecentFile = { ...file('words.csv', 1), documentId: 'doc-1' };
    expect(canReopen(remembered, true)).toBe(true);
    expect(canReopen(remembered, false)).toBe(false);
    expect(canReopen(file('words.csv', 1), true)).toBe(false);
    expect(canReopen(sample('words-ru', 1), true)).toBe(true);
  });

  it('tells a project from data by its extension when the OS asks to open a file', () => {
    expect(kindOfDocument('Карта.ESPROJ', '.esproj')).toBe('project');
    expect(kindOfDocument('words.csv', '.esproj')).toBe('data');
  });
});

describe('document ids in the stored list', () => {
  it('keep the id across storage, and lists stored before ids existed still load', () => {
    const storage = memoryStorage();
    rememberRecentFile(storage, { ...file('a.csv', 2), documentId: 'doc-a' });
    expect(loadRecentFiles(storage)[0]?.documentId).toBe('doc-a');
    const old = parseRecentFiles(JSON.stringify([file('old.csv', 1)]));
    expect(old).toHaveLength(1);
    expect(old[0]?.documentId).toBeUndefined();
  });
});

describe('stored list', () => {
  it('round-trips through storage, newest first', () => {
    const storage = memoryStorage();
    rememberRecentFile(storage, file('a.csv', 1));
    rememberRecentFile(storage, sample('words-ru', 2));
    const list = rememberRecentFile(storage, file('урок.esproj', 3, 'project', 4096));
    expect(loadRecentFiles(storage)).toEqual(list);
    expect(list.map((entry) => entry.name)).toEqual(['урок.esproj', 'words-ru.csv', 'a.csv']);
  });

  it('drops what it cannot read, entry by entry, and never throws', () => {
    expect(parseRecentFiles(null)).toEqual([]);
    expect(parseRecentFiles('{not json')).toEqual([]);
    expect(parseRecentFiles('{"a":1}')).toEqual([]);
    const mixed = JSON.stringify([
      file('ok.csv', 5),
      { kind: 'data', name: '' },
      'text',
      { ...file('x', 1), size: -1 },
    ]);
    expect(parseRecentFiles(mixed)).toEqual([file('ok.csv', 5)]);
    const broken: RecentFilesStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadRecentFiles(broken)).toEqual([]);
    expect(rememberRecentFile(broken, file('a.csv', 1))).toEqual([file('a.csv', 1)]);
  });

  it('keeps the key stable, so an update finds the old list', () => {
    const storage = memoryStorage();
    rememberRecentFile(storage, file('a.csv', 1));
    expect([...storage.map.keys()]).toEqual([RECENT_FILES_STORAGE_KEY]);
    expect(RECENT_FILES_STORAGE_KEY).toBe('embedding-studio.recent-files');
  });
});
