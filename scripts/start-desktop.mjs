#!/usr/bin/env node
// `npm start`: builds the app and opens it in Electron. Electron downloads its binary on first run; where that
// cannot happen (no access to its download host), say so in one line and point to the browser build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

/** The installed Electron binary, read the way electron/index.js does but without triggering a download. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}

function ensureElectronBinary() {
  if (electronBinary() !== undefined) return true;
  // Electron 45 fetches its binary on first use through its own install script.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'ignore'],
    timeout: 300_000,
  });
  return install.status === 0 && electronBinary() !== undefined;
}

if (!ensureElectronBinary()) {
  console.error(
    'Electron could not be started: its binary is not installed and could not be downloaded here. ' +
      'Run `npm run web` to use Embedding Studio in your browser instead.',
  );
  process.exit(1);
}

const build = spawnSync('npx', ['electron-vite', 'build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['electron-vite', 'preview'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 0);
