import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StudioError } from '../../shared/errors';
import { appDataDir, modelsDirIn } from './app-data-dir';
import { copyModelFolder, folderSize, isFolder } from './copy-model-folder';
import { inspectModelFolder, missingModelFiles, type ModelFolderInfo } from './model-folder';
import { checkModelId } from './model-id';

/** An installed model, as `models list` shows it. */
export interface InstalledModel extends Partial<ModelFolderInfo> {
  readonly id: string;
  readonly folder: string;
  /** Bytes on disk. */
  readonly sizeBytes: number;
  /** Why the folder cannot be used (a file was removed or damaged by hand); undefined when it is fine. */
  readonly problem?: string;
}

/**
 * The user's installed models: one folder per model under `<data>/models/<id>/`, where `<id>` is `name` or
 * `owner/name`. Imports copy into a hidden temporary folder and rename it into place, so a failed or
 * interrupted import never leaves a half-copied model that looks installed.
 */
export class ModelStore {
  constructor(readonly modelsDir: string) {}

  /** The store in the app's data folder (EMBEDDING_STUDIO_DATA, else the platform default). */
  static inDataDir(dataDir: string = appDataDir()): ModelStore {
    return new ModelStore(modelsDirIn(dataDir));
  }

  /** The folder a model id lives in. */
  folderOf(id: string): string {
    return join(this.modelsDir, checkModelId(id));
  }

  /** Installed models, sorted by id; a damaged one is listed with its `problem`. */
  list(): InstalledModel[] {
    return this.installedIds()
      .sort()
      .map((id) => this.describe(id));
  }

  /** Whether a model with this id is installed. */
  has(id: string): boolean {
    return existsSync(join(this.folderOf(id), 'config.json'));
  }

  /**
   * Validates a model folder (config.json, tokenizer.json, onnx/model*.onnx; each missing one is named) and
   * copies its model files in as `id` (default: the folder's name).
   */
  async importFolder(source: string, id: string = basename(resolve(source))): Promise<InstalledModel> {
    checkModelId(id);
    if (!(await isFolder(source))) {
      throw new StudioError('invalid-model', `${source} is not a folder.`, { folder: source });
    }
    const missing = missingModelFiles(source);
    if (missing.length > 0) {
      throw new StudioError(
        'invalid-model',
        `${source} is not a complete model folder: missing ${missing.join(', ')}.`,
        { folder: source, missing: missing.join(', ') },
      );
    }
    inspectModelFolder(source);
    const target = this.folderOf(id);
    if (existsSync(target)) {
      throw new StudioError(
        'invalid-arguments',
        `A model "${id}" is already installed in ${target}; remove it first or choose another id.`,
        { id, folder: target },
      );
    }
    const temporary = join(this.modelsDir, `.import-${process.pid}-${Date.now()}`);
    try {
      await copyModelFolder(source, temporary);
      // The owner folder of an `owner/name` id may not exist yet.
      await mkdir(dirname(target), { recursive: true });
      await rename(temporary, target);
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
    return this.describe(id);
  }

  /** Deletes an installed model; `invalid-arguments` naming the installed ids when there is no such model. */
  async remove(id: string): Promise<void> {
    const folder = this.folderOf(id);
    if (!existsSync(folder)) {
      const installed = this.installedIds().join(', ') || 'none';
      throw new StudioError('invalid-arguments', `No model "${id}" is installed; installed: ${installed}.`, {
        id,
      });
    }
    await rm(folder, { recursive: true, force: true });
    if (id.includes('/')) {
      const owner = dirname(folder);
      if ((await readdir(owner)).length === 0) await rmdir(owner);
    }
  }

  /**
   * Ids of model folders one or two levels down. A top-level folder is a model when it has any model file
   * (even if damaged), else an owner folder whose subfolders are models. Hidden (temporary) folders are skipped.
   */
  private installedIds(): string[] {
    const ids: string[] = [];
    for (const name of visibleFolders(this.modelsDir)) {
      const folder = join(this.modelsDir, name);
      if (MODEL_MARKERS.some((marker) => existsSync(join(folder, marker)))) ids.push(name);
      else ids.push(...visibleFolders(folder).map((child) => `${name}/${child}`));
    }
    return ids;
  }

  private describe(id: string): InstalledModel {
    const folder = this.folderOf(id);
    const base = { id, folder, sizeBytes: folderSize(folder) };
    const missing = missingModelFiles(folder);
    if (missing.length > 0) return { ...base, problem: `missing ${missing.join(', ')}` };
    try {
      return { ...base, ...inspectModelFolder(folder) };
    } catch (error) {
      return { ...base, problem: (error as Error).message };
    }
  }
}

/** Files whose presence makes a folder a model folder rather than an owner folder. */
const MODEL_MARKERS = ['config.json', 'tokenizer.json', 'onnx'];

function visibleFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}
