import type { SampleSpec } from '../../shared/contract';
import { toEmbeddingMatrix } from '../math/matrix-types';
import { columnIndex } from './column-index';
import { sampleRows } from './sample-rows';
import type { Table } from './table';

/** The rows a map is drawn from: a table of just them, and their indexes in the original table. */
export interface SelectedRows {
  readonly table: Table;
  readonly rows: readonly number[];
}

/** The table restricted to `rows` (in that order), its file vectors too. */
export function subsetTable(table: Table, rows: readonly number[]): Table {
  const { vectors } = table;
  const subset: Table = { ...table, rows: rows.map((row) => table.rows[row] ?? []) };
  if (vectors === undefined) return subset;
  const data = new Float32Array(rows.length * vectors.cols);
  rows.forEach((row, index) => {
    data.set(vectors.data.subarray(row * vectors.cols, (row + 1) * vectors.cols), index * vectors.cols);
  });
  return { ...subset, vectors: toEmbeddingMatrix(data, rows.length, vectors.cols) };
}

/**
 * The rows with a non-empty text (only those become points), sampled when `sample` asks for fewer: every
 * later stage then sees exactly the map's rows, so vectors read from columns line up with the texts.
 */
export function selectMapRows(
  table: Table,
  textColumn: number,
  sample: SampleSpec | undefined,
): SelectedRows {
  const candidates: number[] = [];
  table.rows.forEach((row, index) => {
    if ((row[textColumn] ?? '').trim() !== '') candidates.push(index);
  });
  let rows = candidates;
  if (sample !== undefined) {
    const stratum = sample.stratifyBy === null ? null : columnIndex(table, sample.stratifyBy);
    const strata =
      stratum === null ? null : candidates.map((row) => (table.rows[row]?.[stratum] ?? '').trim());
    rows = sampleRows(candidates, sample, strata);
  }
  return { table: subsetTable(table, rows), rows };
}
