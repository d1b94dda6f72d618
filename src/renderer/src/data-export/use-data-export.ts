import { useState } from 'react';
import type { MapResult, SaveFileRequest, StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import type { ItemColumn } from '../plot/column-values';
import { writeCsv } from './csv-writer';
import { exportTable } from './export-table';
import { writeJsonl } from './jsonl-writer';

/**
 * What the data can be exported as: a table (CSV), JSON Lines, or the embeddings as a NumPy array or as
 * word2vec text (each item's text as its word, whitespace as `_`).
 */
export type DataExportFormat = 'csv' | 'jsonl' | 'npy' | 'word2vec';

export const DATA_EXPORT_FORMATS: readonly DataExportFormat[] = ['csv', 'jsonl', 'npy', 'word2vec'];

const MIME_TYPES: Readonly<Record<DataExportFormat, SaveFileRequest['mimeType']>> = {
  csv: 'text/csv',
  jsonl: 'application/x-ndjson',
  npy: 'application/x-npy',
  word2vec: 'text/plain',
};

/** The outcome of the latest export, for the status line. */
export interface DataExportStatus {
  readonly format: DataExportFormat;
  readonly items: number;
  /** Where the file went. */
  readonly location: string;
  /** Text cells the CSV prefixed with an apostrophe so a spreadsheet does not run them as formulas. */
  readonly guardedCells: number;
}

/** The suggested file name: the selection's says so, and the embeddings' say they are embeddings. */
export function dataExportFileName(format: DataExportFormat, selection: boolean): string {
  const base = selection ? 'embedding-map-selection' : 'embedding-map';
  if (format === 'npy') return `${base}-embeddings.npy`;
  return format === 'word2vec' ? `${base}-embeddings.vec` : `${base}.${format}`;
}

async function exportBytes(
  client: StudioClient,
  format: DataExportFormat,
  result: MapResult,
  columns: readonly ItemColumn[],
  indices: readonly number[] | null,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; guardedCells: number }> {
  if (format === 'npy' || format === 'word2vec') {
    const { bytes } = await client.exportEmbeddings({
      mapId: result.mapId,
      indices: indices === null ? null : [...indices],
      format,
    });
    return { bytes: new Uint8Array(bytes), guardedCells: 0 };
  }
  const table = exportTable(result, columns, indices);
  if (format === 'jsonl') return { bytes: new TextEncoder().encode(writeJsonl(table)), guardedCells: 0 };
  const csv = writeCsv(table);
  return { bytes: new TextEncoder().encode(csv.text), guardedCells: csv.guardedCells };
}

/**
 * Exports the finished map's items (all, or the selection) as CSV, JSON Lines or `.npy` embeddings, saved
 * through the host like the image export (a dialog on the desktop, a download in a browser).
 */
export function useDataExport(
  client: StudioClient | null,
  result: MapResult | null,
  columns: readonly ItemColumn[],
  reportError: (error: DisplayError) => void,
): {
  readonly exporting: boolean;
  readonly status: DataExportStatus | null;
  readonly exportItems: (format: DataExportFormat, indices: readonly number[] | null) => void;
} {
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState<DataExportStatus | null>(null);
  const exportItems = (format: DataExportFormat, indices: readonly number[] | null): void => {
    if (client === null || result === null || exporting) return;
    setExporting(true);
    setStatus(null);
    const items = indices?.length ?? result.count;
    exportBytes(client, format, result, columns, indices)
      .then(async ({ bytes, guardedCells }) => {
        const suggestedName = dataExportFileName(format, indices !== null);
        const outcome = await client.saveFile({ suggestedName, mimeType: MIME_TYPES[format], bytes });
        setStatus(outcome.saved ? { format, items, location: outcome.location, guardedCells } : null);
      })
      .catch((error: unknown) => {
        reportError(toStudioErrorInfo(error));
      })
      .finally(() => {
        setExporting(false);
      });
  };
  return { exporting, status, exportItems };
}
