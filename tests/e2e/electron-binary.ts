import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The installed Electron binary, or undefined when it was never downloaded (Electron 45 fetches it on first
 * run, which cannot happen on a machine without access to its download host). Read the way electron/index.js
 * does, without triggering the download.
 */
export function installedElectronBinary(): string | undefined {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}
