import { describe, expect, it } from 'vitest';
import { DatasetStore } from '../../../../src/core/dataset/dataset-store';
import { IMPORT_IDLE_MS, ImportSessions } from '../../../../src/core/dataset/streaming/import-sessions';
import { bareCore } from '../../support/map-runner';
import { utf8 } from '../../support/encodings';
import { expectStudioError } from '../../support/expect-studio-error';

/** A CSV of `rows` rows labelled a/b/c in turn, as bytes. */
function labelledCsv(rows: number): Uint8Array<ArrayBuffer> {
  return utf8(
    `text,label\n${Array.from({ length: rows }, (_, i) => `item ${i},${'abc'[i % 3]}`).join('\n')}\n`,
  );
}

describe('streamed import through the core', () => {
  it('opens a file sent in chunks and previews it, saying how many rows were read and kept', async () => {
    const core = bareCore();
    const bytes = labelledCsv(3000);
    const { importId } = await core.beginImport({
      fileName: 'big.csv',
      totalBytes: bytes.length,
      sample: { size: 300, seed: 5, stratifyBy: 'label' },
    });
    let progress = { bytesRead: 0, rows: 0 };
    for (let start = 0; start < bytes.length; start += 1000) {
      progress = await core.appendImport({ importId, bytes: bytes.subarray(start, start + 1000) });
    }
    expect(progress.bytesRead).toBe(bytes.length);
    const preview = await core.finishImport({ importId });
    expect(preview).toMatchObject({
      name: 'big.csv',
      columns: ['text', 'label'],
      rowCount: 300,
      rowsRead: 3000,
      sampled: true,
      encoding: 'utf-8',
      suggestedLabelColumn: 'label',
    });
    // The sampled data set maps like any other: its 300 rows, 100 per label.
    const table = await core.startMap({
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'label',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    expect(table.jobId).toMatch(/^job-/);
    await expectStudioError(() => core.appendImport({ importId, bytes: utf8('x') }), 'invalid-arguments');
  });

  it('keeps the data set opened before when a streamed file turns out bad, naming its line', async () => {
    const core = bareCore();
    const before = await core.openFile({ fileName: 'small.csv', bytes: utf8('text\nкошка\nсобака\nмышь\n') });
    const { importId } = await core.beginImport({ fileName: 'bad.csv', totalBytes: 100, sample: null });
    await core.appendImport({ importId, bytes: utf8('a,b\n1,2\n') });
    const error = await expectStudioError(async () => {
      await core.appendImport({ importId, bytes: utf8('3,4,5\n') });
      await core.finishImport({ importId });
    }, 'malformed-table');
    expect(error.params).toMatchObject({ file: 'bad.csv', line: 3 });
    // The failed import is gone; the earlier data set is still there and maps.
    await expectStudioError(() => core.finishImport({ importId }), 'invalid-arguments');
    const started = await core.startMap({
      datasetId: before.datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    expect(started.jobId).toMatch(/^job-/);
  });

  it('aborts an import on Cancel and refuses a chunk over the limit or an unsupported file', async () => {
    const core = bareCore();
    const { importId } = await core.beginImport({ fileName: 'x.tsv', totalBytes: 10, sample: null });
    expect(await core.abortImport({ importId })).toEqual({ aborted: true });
    expect(await core.abortImport({ importId })).toEqual({ aborted: false });
    await expectStudioError(
      () => core.beginImport({ fileName: 'x.xlsx', totalBytes: 10, sample: null }),
      'unsupported-format',
    );
    const again = await core.beginImport({ fileName: 'x.tsv', totalBytes: 10, sample: null });
    await expectStudioError(
      () => core.appendImport({ importId: again.importId, bytes: new Uint8Array(17 * 1024 * 1024) }),
      'invalid-arguments',
    );
  });
});

describe('ImportSessions bounds', () => {
  it('keeps one import at a time and drops one left idle', () => {
    let now = 0;
    const sessions = new ImportSessions(new DatasetStore(), () => now);
    const first = sessions.begin({ fileName: 'a.txt', totalBytes: 1, sample: null });
    const second = sessions.begin({ fileName: 'b.txt', totalBytes: 1, sample: null });
    expect(sessions.open).toBe(1);
    expect(sessions.abort(first)).toEqual({ aborted: false });
    sessions.append({ ...second, bytes: utf8('кошка\n') });
    now += IMPORT_IDLE_MS - 1;
    sessions.append({ ...second, bytes: utf8('собака\n') });
    expect(sessions.open).toBe(1);
    now += IMPORT_IDLE_MS + 1;
    expect(sessions.open).toBe(0);
    expect(() => sessions.finish(second)).toThrow(/left idle/);
  });
});
