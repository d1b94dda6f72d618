import type { CoreInput } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { decodeText } from '../../dataset/decode-text';
import type { Table } from '../../dataset/table';

/** A corpus as lines of text, and how to name it to the user. */
export interface CorpusLines {
  readonly lines: readonly string[];
  /** The file name, or "data set › column". */
  readonly label: string;
}

/** The lines of a text file, decoded as the data-set importer does (BOM, UTF-8, else Windows-1251). */
export function fileCorpusLines(fileName: string, bytes: Uint8Array): CorpusLines {
  return { lines: decodeText(fileName, bytes).text.split(/\r\n|\n|\r/), label: fileName };
}

/** The cells of one column of an open data set, each row a sentence; `unknown-column` lists the others. */
export function columnCorpusLines(table: Table, column: string): CorpusLines {
  const index = table.columns.indexOf(column);
  if (index < 0) {
    const available = table.columns.map((name) => `"${name}"`).join(', ');
    throw new StudioError(
      'unknown-column',
      `${table.name} has no column "${column}"; its columns are ${available}.`,
      {
        file: table.name,
        column,
        available: table.columns.join(', '),
      },
    );
  }
  return { lines: table.rows.map((row) => row[index] ?? ''), label: `${table.name} › ${column}` };
}

/**
 * Resolves a training request's corpus: a file's bytes, or a column of an open data set (`getTable` throws
 * `unknown-dataset`). Only the data-set lookup happens eagerly; decoding a file is left to the caller's job.
 */
export function corpusLinesOf(
  corpus: CoreInput<'trainWordEmbedder'>['corpus'],
  getTable: (datasetId: string) => Table,
): () => CorpusLines {
  if (corpus.kind === 'file') return () => fileCorpusLines(corpus.fileName, corpus.bytes);
  const lines = columnCorpusLines(getTable(corpus.datasetId), corpus.column);
  return () => lines;
}
