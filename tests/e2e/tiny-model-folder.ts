import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTinyModel, type TinyModel } from '../support/tiny-model/build-tiny-model';

/** A temporary folder with the tiny BERT model built inside it, and how to remove it all. */
export interface TinyModelFolder {
  /** The temporary folder: a test keeps its data folder and catalogue here too. */
  readonly temp: string;
  readonly model: TinyModel;
  readonly remove: () => Promise<void>;
}

/**
 * Builds the tiny model (no download: the tests run offline) at `modelPath` inside a fresh temporary folder
 * named after `prefix`, for a test that installs it from a folder or serves it from a local model host.
 */
export async function tinyModelFolder(prefix: string, ...modelPath: string[]): Promise<TinyModelFolder> {
  const temp = await mkdtemp(join(tmpdir(), prefix));
  const remove = (): Promise<void> => rm(temp, { recursive: true, force: true });
  try {
    const model = await buildTinyModel(join(temp, ...modelPath));
    return { temp, model, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
