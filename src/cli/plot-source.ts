import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MapResult } from '../shared/contract';
import { StudioError } from '../shared/errors';
import { DEFAULT_SEED } from './map-options';
import type { PlotSource } from './plot-options';
import { runMapJob, type JobRunningCore } from './run-map-job';

async function readBytes(flag: string, path: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new StudioError('unsupported-format', `Cannot read ${flag} "${path}": ${reason}.`, { file: path });
  }
}

function checkColumn(columns: readonly string[], name: string, column: string, flag: string): void {
  if (!columns.includes(column)) {
    throw new StudioError(
      'unknown-column',
      `${flag} "${column}" is not a column of ${name}; its columns are: ${columns.join(', ')}.`,
    );
  }
}

/**
 * The map `plot` draws: the chosen map of a project, opened without recomputing anything, or the input file
 * embedded and reduced now exactly as `map` would (same defaults and seed).
 */
export async function plotMapOf(core: JobRunningCore, source: PlotSource): Promise<MapResult> {
  if (source.kind === 'project') {
    const opened = await core.importProject({
      fileName: basename(source.file),
      bytes: await readBytes('--project', source.file),
    });
    const map = opened.maps[source.map];
    if (map === undefined) {
      throw new StudioError(
        'unknown-map',
        `--map ${source.map}: the project "${source.file}" holds ${opened.maps.length} map(s), numbered from 0.`,
        { file: source.file },
      );
    }
    return map;
  }
  const preview = await core.openFile({
    fileName: basename(source.file),
    bytes: await readBytes('--input', source.file),
  });
  const textColumn = source.textColumn ?? preview.suggestedTextColumn;
  const labelColumn = source.labelColumn ?? preview.suggestedLabelColumn;
  checkColumn(preview.columns, preview.name, textColumn, '--text-column');
  if (labelColumn !== null) checkColumn(preview.columns, preview.name, labelColumn, '--label-column');
  return runMapJob(
    core,
    {
      datasetId: preview.datasetId,
      textColumn,
      labelColumn,
      embedderId: source.embedder,
      method: source.method,
      dims: 2,
      seed: DEFAULT_SEED,
    },
    () => undefined,
  );
}
