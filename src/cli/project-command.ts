import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readProjectManifest } from '../core/project/project-reader';
import type { ProjectManifest } from '../core/project/project-manifest';
import { StudioError } from '../shared/errors';
import type { ProjectOptions } from './project-options';

/** The manifest as lines for a terminal: what is in the project, without opening its data. */
export function describeManifest(manifest: ProjectManifest): string {
  const lines = [
    `Embedding Studio project, format ${manifest.formatVersion}, saved by ${manifest.appVersion} at ${manifest.createdAt}`,
    `Data sets: ${manifest.datasets.length}`,
    ...manifest.datasets.map(
      (dataset, index) =>
        `  [${index}] ${dataset.name} (${dataset.format}${dataset.encoding === null ? '' : `, ${dataset.encoding}`}): ` +
        `${dataset.rows} rows; columns ${dataset.columns.join(', ')}` +
        (dataset.vectors === null ? '' : `; ${dataset.vectors.rows} × ${dataset.vectors.cols} vectors`),
    ),
    `Maps: ${manifest.maps.length}`,
    ...manifest.maps.map((map, index) => {
      const { request } = map;
      const params =
        request.method === 'umap' ? request.umap : request.method === 'tsne' ? request.tsne : undefined;
      return (
        `  [${index}] ${map.method.toUpperCase()} ${map.dims}-D of ${map.count} items from data set ${map.dataset}; ` +
        `${map.embedderId} (${map.embeddingDimension}-d); seed ${map.seed}; text "${request.textColumn}"` +
        (request.sample === undefined
          ? ''
          : `; sample ${request.sample.size} (seed ${request.sample.seed})`) +
        (params === undefined ? '' : `; ${JSON.stringify(params)}`)
      );
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `embedding-studio project info FILE`. */
export async function runProjectCommand(
  options: ProjectOptions,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new StudioError('unsupported-format', `Cannot read "${options.file}": ${reason}.`, {
      file: options.file,
    });
  }
  stdout.write(describeManifest(await readProjectManifest(basename(options.file), bytes)));
}
