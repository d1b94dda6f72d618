import { dirname } from 'node:path';
import type { DownloadProgress } from '../core/models/model-manager';
import { loadCatalogue } from '../node/models/extra-catalogue';
import type { CatalogueEntry } from '../node/models/model-catalogue';
import { MODEL_EMBEDDER_PREFIX } from '../node/models/model-embedders';
import type { InstalledModel, ModelStore } from '../node/models/model-store';
import { NodeModelManager } from '../node/models/node-model-manager';
import { SettingsFile } from '../node/models/settings-file';
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
  err: TextSink = process.stderr,
): Promise<number> {
  // The store lives in <data>/models, so its parent is the data folder with settings.json.
  const dataDir = dirname(store.modelsDir);
  switch (request.kind) {
    case 'help':
      out.write(request.text);
      return request.exitCode;
    case 'list': {
      const allowed = (await new SettingsFile(dataDir).read()).downloadsAllowed;
      out.write(`Downloads: ${allowed ? 'allowed' : 'off (nothing is downloaded; use --allow-downloads)'}\n`);
      out.write(formatModelList(store.list(), loadCatalogue()));
      return 0;
    }
    case 'download':
      return downloadModel(
        request,
        new NodeModelManager({ dataDir, allowDownloads: request.allowDownloads }),
        out,
        err,
      );
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

/** Downloads with a progress line on `err`, rewritten in place on a terminal; Ctrl-C cancels. */
async function downloadModel(
  request: Extract<ModelsRequest, { kind: 'download' }>,
  manager: NodeModelManager,
  out: TextSink,
  err: TextSink & { isTTY?: boolean },
): Promise<number> {
  await manager.checkDownload(request.id, request.dtype);
  const controller = new AbortController();
  const onInterrupt = (): void => {
    controller.abort();
  };
  process.once('SIGINT', onInterrupt);
  let lastLine = 0;
  try {
    const embedder = await manager.download(request.id, request.dtype, {
      signal: controller.signal,
      onProgress: (progress) => {
        // A terminal gets the line rewritten in place; a log gets at most one line a second.
        const now = Date.now();
        const finished = progress.total > 0 && progress.done === progress.total;
        if (err.isTTY !== true && now - lastLine < 1000 && !finished) return;
        lastLine = now;
        err.write(
          `${err.isTTY === true ? '\r' : ''}${formatProgress(request.id, progress)}${err.isTTY === true ? '' : '\n'}`,
        );
      },
    });
    if (err.isTTY === true) err.write('\n');
    out.write(`Installed ${request.id} (${request.dtype}); use it with --embedder ${embedder.info.id}\n`);
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** "Downloading ID: 12.0 MB of 118.0 MB (10%), 5.1 MB/s, 21 s left". */
export function formatProgress(id: string, progress: DownloadProgress): string {
  const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;
  const parts = [
    `Downloading ${id}: ${formatBytes(progress.done)} of ${formatBytes(progress.total)} (${percent}%)`,
  ];
  if (progress.ratePerSecond > 0) parts.push(`${formatBytes(Math.round(progress.ratePerSecond))}/s`);
  if (progress.etaMs !== undefined) parts.push(`${Math.ceil(progress.etaMs / 1000)} s left`);
  return parts.join(', ');
}
