import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DatasetPreview, MapResult } from '../shared/contract';
import { StudioError } from '../shared/errors';
import { coordsToCsv } from './coords-csv';
import type { MapOptions } from './map-options';
import { sourceOf, writeProjectFile } from './map-source';
import { runMapJob, type JobRunningCore } from './run-map-job';
import { importInput } from './stream-input';

/** Runs `embedding-studio map`: read → embed → reduce → write the coordinates CSV. */
export async function runMapCommand(
  core: JobRunningCore,
  options: MapOptions,
  stderr: NodeJS.WriteStream,
): Promise<void> {
  const { encoding, lenient, sample } = options.import;
  // The sample is drawn while the file streams in, so only the sample is kept; a .npy array is read whole
  // (its vectors are cut by the map's own sample instead).
  const sampleAtImport = sample !== undefined && !options.input.toLowerCase().endsWith('.npy');
  const preview = await importInput(core, options.input, {
    encoding,
    lenient,
    sample: sampleAtImport ? sample : null,
  });
  const mapOptions = sampleAtImport
    ? { ...options, import: { ...options.import, sample: undefined } }
    : options;
  const textColumn = options.textColumn ?? preview.suggestedTextColumn;
  const labelColumn = options.noLabel ? null : (options.labelColumn ?? preview.suggestedLabelColumn);
  checkColumn(preview, textColumn, '--text-column');
  if (labelColumn !== null) checkColumn(preview, labelColumn, '--label-column');
  let lastPercent = -1;
  const result = await runMapJob(
    core,
    {
      datasetId: preview.datasetId,
      textColumn,
      labelColumn,
      embedderId: options.embedder,
      method: options.method,
      dims: options.dims,
      seed: options.seed,
      ...(options.umap === undefined ? {} : { umap: options.umap }),
      ...(options.tsne === undefined ? {} : { tsne: options.tsne }),
      ...sourceOf(mapOptions, preview),
    },
    (event) => {
      const percent = Math.floor(event.fraction * 100);
      if (options.quiet || percent === lastPercent) return;
      lastPercent = percent;
      if (stderr.isTTY) stderr.write(`\r${event.stage} ${percent}%   `);
    },
  );
  if (stderr.isTTY && !options.quiet) stderr.write('\r');
  await writeOutput(options.out, coordsToCsv(result));
  if (options.import.projectOut !== undefined) {
    const project = await core.exportProject({ mapIds: [result.mapId], view: null });
    await writeProjectFile(options.import.projectOut, project.bytes);
  }
  if (!options.quiet) stderr.write(`${summaryOf(result)}\n`);
}

/** How the terminal names each way a map is laid out. */
const METHOD_NAMES: Readonly<Record<MapResult['method'], string>> = {
  pca: 'PCA',
  umap: 'UMAP',
  tsne: 't-SNE',
  precomputed: 'given coordinates',
};

/** One line about the finished map, for people reading the terminal. */
function summaryOf(result: MapResult): string {
  const variance = result.explainedVariance.map((share) => `${(share * 100).toFixed(1)}%`).join(', ');
  const unembedded =
    result.unembedded.length > 0 ? ` ${result.unembedded.length} texts had no vector and were left out.` : '';
  return (
    `Mapped ${result.count} items with ${result.embedderId} (${result.embeddingDimension}-d) and ` +
    `${METHOD_NAMES[result.method]} to ${result.dims}-d in ${(result.elapsedMs / 1000).toFixed(2)} s` +
    (variance === '' ? '.' : `; explained variance ${variance}.`) +
    unembedded
  );
}

function checkColumn(preview: DatasetPreview, column: string, flag: string): void {
  if (!preview.columns.includes(column)) {
    throw new StudioError(
      'unknown-column',
      `${flag} "${column}" is not a column of ${preview.name}; its columns are: ${preview.columns.join(', ')}.`,
    );
  }
}

/** Writes atomically: a temporary file beside the target, then a rename, so a failed run never leaves half a CSV. */
async function writeOutput(path: string, text: string): Promise<void> {
  if (path === '-') {
    process.stdout.write(text);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    throw new Error(`Cannot write --out "${path}": ${(error as Error).message}`);
  }
}
