import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { weightsFileFor, type ModelDtype } from '../../models/model-folder';

/** The small files whose content decides the vectors along with the weights. */
const CONFIG_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', '1_Pooling/config.json'];

/**
 * A fingerprint of the model folder's current revision: the content of its small config and tokenizer files,
 * and the size and modification time of the weights file. Hashing the weights themselves (up to 470 MB)
 * would cost a second or more on every start; size and mtime change whenever the file is replaced (a new
 * download, a re-import), which is what a revision change looks like on disk.
 */
export function modelRevision(folder: string, dtype: ModelDtype): string {
  const hash = createHash('sha256');
  for (const file of CONFIG_FILES) {
    const path = join(folder, file);
    hash.update(`${file}\0`);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  const weights = statSync(join(folder, weightsFileFor(dtype)));
  hash.update(`${weights.size}:${Math.round(weights.mtimeMs)}`);
  return hash.digest('hex').slice(0, 16);
}
