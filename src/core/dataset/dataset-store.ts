import type { DatasetPreview } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { suggestLabelColumn, suggestTextColumn } from './column-suggestions';
import { columnIndex } from './column-index';
import { countDuplicateTexts } from './duplicate-texts';
import { mergeDuplicateTexts } from './merge-duplicate-texts';
import type { Table } from './table';
import { INSTANCE_TAG } from '../jobs/instance-tag';

/** Rows shown in a preview: enough to recognise the data, small enough to send on every open. */
const PREVIEW_ROWS = 5;

/**
 * Eight open data sets: a user compares a handful of files in a session, and each table can hold hundreds of
 * megabytes of strings, so the oldest is forgotten first instead of keeping every file ever opened.
 */
const DEFAULT_CAPACITY = 8;

/** The open data sets of one core, in memory, by id. */
export class DatasetStore {
  private readonly tables = new Map<string, Table>();
  private counter = 0;

  constructor(private readonly capacity: number = DEFAULT_CAPACITY) {}

  /** Stores a table under a new id and describes it for the user. */
  add(table: Table): DatasetPreview {
    this.counter++;
    const datasetId = `dataset-${INSTANCE_TAG}-${this.counter}`;
    this.tables.set(datasetId, table);
    for (const oldest of this.tables.keys()) {
      if (this.tables.size <= this.capacity) break;
      this.tables.delete(oldest);
    }
    const suggestedTextColumn = suggestTextColumn(table.columns, table.rows);
    const textIndex = table.columns.indexOf(suggestedTextColumn);
    return {
      datasetId,
      name: table.name,
      format: table.format,
      columns: [...table.columns],
      rowCount: table.rows.length,
      previewRows: table.rows.slice(0, PREVIEW_ROWS).map((row) => [...row]),
      suggestedTextColumn,
      suggestedLabelColumn: suggestLabelColumn(table.columns, suggestedTextColumn),
      ...(table.encoding === undefined ? {} : { encoding: table.encoding }),
      ...(table.stats ?? {}),
      duplicateTexts: countDuplicateTexts(table.rows, textIndex),
      ...(table.vectors === undefined ? {} : { vectorDimension: table.vectors.cols }),
    };
  }

  /**
   * Stores, under a new id, the data set with rows repeating an earlier row's text in `textColumn` merged; the
   * original stays open. Throws `unknown-dataset` or `unknown-column`.
   */
  mergeDuplicateTexts(datasetId: string, textColumn: string): DatasetPreview {
    const table = this.get(datasetId);
    return this.add(mergeDuplicateTexts(table, columnIndex(table, textColumn)));
  }

  /** The table with this id; throws `unknown-dataset` when it was never opened or has been forgotten. */
  get(datasetId: string): Table {
    const table = this.tables.get(datasetId);
    if (table === undefined) {
      throw new StudioError(
        'unknown-dataset',
        `There is no open data set "${datasetId}"; open the file again.`,
        { datasetId },
      );
    }
    return table;
  }
}
