import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Moves a verified download into place. A new model: one rename of the whole folder, so the model appears
 * complete or not at all. A model already installed with another precision: each new file is renamed in
 * (the configs it already has are kept, since the installed weights were verified against them).
 */
export async function installDownload(
  partial: string,
  target: string,
  files: readonly string[],
): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  if (!existsSync(target)) {
    await rename(partial, target);
  } else {
    for (const file of files) {
      if (existsSync(join(target, file))) continue;
      await mkdir(dirname(join(target, file)), { recursive: true });
      await rename(join(partial, file), join(target, file));
    }
    await rm(partial, { recursive: true, force: true });
  }
  await removeEmptyParents(dirname(partial));
}

/** Removes the emptied `.partial/<owner>` and `.partial` folders, so nothing is left behind on success. */
async function removeEmptyParents(folder: string): Promise<void> {
  let current = folder;
  for (let level = 0; level < 2; level++) {
    if (!existsSync(current) || (await readdir(current)).length > 0) return;
    await rmdir(current);
    if (current.endsWith('.partial')) return;
    current = dirname(current);
  }
}
