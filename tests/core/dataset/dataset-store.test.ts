import { describe, expect, it } from 'vitest';
import { DatasetStore } from '../../../src/core/dataset/dataset-store';
import type { Table } from '../../../src/core/dataset/table';
import { expectStudioError } from '../support/expect-studio-error';

const table = (name: string): Table => ({
  name,
  format: 'csv',
  columns: ['text', 'label'],
  rows: Array.from({ length: 7 }, (_, i) => [`text ${i}`, `l${i}`]),
});

describe('DatasetStore', () => {
  it('stores tables under new ids and previews the first five rows', () => {
    const store = new DatasetStore();
    const first = store.add(table('a.csv'));
    const second = store.add(table('b.csv'));
    expect(first.datasetId).not.toBe(second.datasetId);
    expect(first).toMatchObject({
      name: 'a.csv',
      rowCount: 7,
      suggestedTextColumn: 'text',
      suggestedLabelColumn: 'label',
    });
    expect(first.previewRows).toEqual(table('a.csv').rows.slice(0, 5));
    expect(store.get(second.datasetId).name).toBe('b.csv');
  });

  it('forgets the oldest table beyond its capacity', async () => {
    const store = new DatasetStore(2);
    const ids = ['a', 'b', 'c'].map((name) => store.add(table(`${name}.csv`)).datasetId);
    await expectStudioError(() => store.get(ids[0] ?? ''), 'unknown-dataset');
    expect(store.get(ids[2] ?? '').name).toBe('c.csv');
  });
});
