import { describe, expect, it } from 'vitest';
import type { MapRequest } from '../../../src/shared/contract';
import type { Table } from '../../../src/core/dataset/table';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { checkEnoughItems, collectItems, resolveColumns } from '../../../src/core/map/map-items';
import { expectStudioError } from '../support/expect-studio-error';

const table: Table = {
  name: 't.csv',
  format: 'csv',
  columns: ['text', 'label'],
  rows: [
    [' one ', 'a'],
    ['', 'b'],
    ['two', ''],
    ['   ', 'c'],
    ['three', ' d '],
  ],
};
const request = { textColumn: 'text', labelColumn: 'label' } as MapRequest;

describe('map items', () => {
  it('keeps non-empty texts, trimmed, with labels (null when empty)', async () => {
    const items = await collectItems(
      table,
      resolveColumns(table, request),
      uninterruptible(),
      () => undefined,
    );
    expect(items).toEqual({ texts: ['one', 'two', 'three'], labels: ['a', null, 'd'], columns: [] });
  });

  it('carries the other columns along, one value per kept item', async () => {
    const wide: Table = {
      name: 'wide.csv',
      format: 'csv',
      columns: ['year', 'text', 'label', 'source'],
      rows: [
        ['1999', 'one', 'a', 'x'],
        ['2000', '', 'b', 'y'],
        ['2001', 'three', 'c', 'z'],
      ],
    };
    const items = await collectItems(wide, resolveColumns(wide, request), uninterruptible(), () => undefined);
    expect(items.columns).toEqual([
      { name: 'year', values: ['1999', '2001'] },
      { name: 'source', values: ['x', 'z'] },
    ]);
  });

  it('gives null labels when there is no label column', async () => {
    const columns = resolveColumns(table, { ...request, labelColumn: null });
    expect(columns).toEqual({ text: 0, label: null });
    expect((await collectItems(table, columns, uninterruptible(), () => undefined)).labels).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('names a missing column and lists the others', async () => {
    const error = await expectStudioError(
      () => resolveColumns(table, { ...request, textColumn: 'body' }),
      'unknown-column',
    );
    expect(error.params).toEqual({ file: 't.csv', column: 'body', available: 'text, label' });
  });

  it('needs three non-empty texts', async () => {
    expect(() => {
      checkEnoughItems(table, 0);
    }).not.toThrow();
    await expectStudioError(() => {
      checkEnoughItems({ ...table, rows: table.rows.slice(0, 4) }, 0);
    }, 'too-few-items');
  });
});
