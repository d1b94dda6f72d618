import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { coreCalls, hostCalls, noteRecentDocumentMessage } from '../../src/shared/contract';

/**
 * "File access only through dialogs or drag and drop the user performed": the renderer reaches files only
 * as bytes (`openFile`, `loadWordVectors`, `importProject` carry the bytes of a file the user chose or
 * dropped) and saves only through `saveFile`, whose location comes from the save dialog. This test walks
 * every input schema the renderer can send and fails if any field could carry a path.
 *
 * Reopening a recent file (desktop) goes by an opaque `documentId` that main handed out for a file the user
 * chose, dropped or asked the OS to open; the path itself travels only in the preload's own message
 * (`noteRecentDocumentMessage`), which the preload fills from a real File (`webUtils.getPathForFile`), so the
 * page never names one.
 *
 * The one exception is not reachable from the renderer: the CLI and the local web server take paths on the
 * command line from the person who runs them (e.g. `embedding-studio models import <folder>`), outside this
 * contract.
 */
const PATH_LIKE_FIELD = /path|folder|dir(ectory)?$|^dir|location|^file$|url|uri/i;

type AnySchema = z.core.$ZodType;

/** Every object field name reachable in a schema, as dotted paths from the call's input. */
function fieldNames(schema: AnySchema, prefix: string, seen = new Set<AnySchema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (child: unknown, name = prefix): string[] => fieldNames(child as AnySchema, name, seen);
  switch (def.type) {
    case 'object':
      return Object.entries(def['shape'] as Record<string, AnySchema>).flatMap(([key, value]) => [
        `${prefix}.${key}`,
        ...walk(value, `${prefix}.${key}`),
      ]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def['innerType']);
    case 'array':
      return walk(def['element'], `${prefix}[]`);
    case 'union':
      return (def['options'] as AnySchema[]).flatMap((option) => walk(option));
    case 'intersection':
      return [...walk(def['left']), ...walk(def['right'])];
    case 'pipe':
      return [...walk(def['in']), ...walk(def['out'])];
    case 'record':
      return walk(def['valueType'], `${prefix}{}`);
    case 'tuple':
      return (def['items'] as AnySchema[]).flatMap((item) => walk(item));
    case 'lazy':
      return walk((def['getter'] as () => AnySchema)());
    default:
      return [];
  }
}

const inputs: [string, AnySchema][] = [
  ...Object.entries(coreCalls).map(([name, call]): [string, AnySchema] => [name, call.input]),
  ...Object.entries(hostCalls).map(([name, call]): [string, AnySchema] => [name, call.input]),
];

describe('renderer file access', () => {
  it('the schema walk sees nested fields (so an empty result below means something)', () => {
    const openFile = fieldNames(coreCalls.openFile.input, 'openFile');
    expect(openFile).toEqual(expect.arrayContaining(['openFile.fileName', 'openFile.bytes']));
    const all = inputs.flatMap(([name, schema]) => fieldNames(schema, name));
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((field) => field.split('.').length > 2)).toBe(true);
  });

  it('no call the renderer can make takes a path, folder, directory or URL', () => {
    const offending = inputs
      .flatMap(([name, schema]) => fieldNames(schema, name))
      .filter((field) => PATH_LIKE_FIELD.test(field.split('.').at(-1)?.replace(/\W/g, '') ?? ''));
    expect(offending).toEqual([]);
  });

  it('file names that do cross are names of bytes, and saveFile refuses one that smuggles a path', () => {
    const save = hostCalls.saveFile.input;
    const bytes = new Uint8Array([1]);
    for (const suggestedName of ['../x.png', '/etc/passwd', 'C:\\x.png', 'a/b.csv', '..']) {
      expect(save.safeParse({ suggestedName, mimeType: 'image/png', bytes }).success).toBe(false);
    }
    expect(save.safeParse({ suggestedName: 'карта.png', mimeType: 'image/png', bytes }).success).toBe(true);
  });

  it('the recent-documents path is the preload’s message, not a call the page makes', () => {
    expect(Object.keys(noteRecentDocumentMessage.input.shape)).toEqual(['path']);
    expect(Object.keys(hostCalls)).not.toContain('noteRecentDocument');
    expect(Object.keys(coreCalls)).not.toContain('noteRecentDocument');
    expect(fieldNames(hostCalls.readRecentDocument.input, 'read')).toEqual([
      'read.documentId',
      'read.offset',
      'read.length',
    ]);
  });
});
