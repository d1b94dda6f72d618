import { MODEL_CATALOGUE, type CatalogueEntry } from '../node/models/model-catalogue';
import { MODEL_EMBEDDER_PREFIX } from '../node/models/model-embedders';
import type { InstalledModel, ModelStore } from '../node/models/model-store';
import type { ModelsRequest } from './models-options';

/** Where `models` writes its report (standard output in the CLI). */
export interface TextSink {
  write(text: string): unknown;
}

/** Runs a parsed `embedding-studio models …` request against the store; returns the exit code. */
export async function runModelsCommand(
  request: ModelsRequest,
  store: ModelStore,
  out: TextSink,
): Promise<number> {
  switch (request.kind) {
    case 'help':
      out.write(request.text);
      return request.exitCode;
    case 'list':
      out.write(formatModelList(store.list(), MODEL_CATALOGUE));
      return 0;
    case 'add': {
      const model = await store.importFolder(request.folder, request.id);
      out.write(
        `Installed ${model.id} (${model.dimension ?? '?'}-d, ${(model.dtypes ?? []).join(',')}, ` +
          `${formatBytes(model.sizeBytes)}) in ${model.folder}; use it with --embedder ${MODEL_EMBEDDER_PREFIX}${model.id}\n`,
      );
      return 0;
    }
    case 'remove':
      await store.remove(request.id);
      out.write(`Removed ${request.id}.\n`);
      return 0;
  }
}

/** Installed models first (with their embedder id or their problem), then recommended ones not installed. */
export function formatModelList(
  installed: readonly InstalledModel[],
  catalogue: readonly CatalogueEntry[],
): string {
  const lines = installed.map((model) => {
    const entry = catalogue.find((candidate) => candidate.id === model.id);
    if (model.problem !== undefined) return [model.id, `damaged: ${model.problem}`].join('\t');
    return [
      model.id,
      'installed',
      `${model.dimension ?? '?'}-d`,
      (model.dtypes ?? []).join(','),
      formatBytes(model.sizeBytes),
      entry === undefined ? '-' : languagesOf(entry),
      entry?.licence ?? '-',
      `${MODEL_EMBEDDER_PREFIX}${model.id}`,
    ].join('\t');
  });
  for (const entry of catalogue) {
    if (installed.some((model) => model.id === entry.id)) continue;
    const sizes = Object.entries(entry.sizeMb).map(([dtype, mb]) => `${dtype} ${mb} MB`);
    lines.push(
      [
        entry.id,
        'not installed',
        `${entry.dimension}-d`,
        sizes.join(', '),
        '-',
        languagesOf(entry),
        entry.licence,
      ].join('\t'),
    );
  }
  return lines.map((line) => `${line}\n`).join('');
}

function languagesOf(entry: CatalogueEntry): string {
  return entry.languageCount > entry.languages.length
    ? `${entry.languageCount} languages incl. ${entry.languages.slice(0, 2).join(',')}`
    : entry.languages.join(',');
}

/** Bytes in the largest unit that keeps the number above one, with one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit] ?? 'GB'}`;
}
