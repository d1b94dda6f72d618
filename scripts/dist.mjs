#!/usr/bin/env node
// `npm run dist [-- --with-model <id|folder>]... [-- electron-builder arguments]`: builds the app and its
// installers (build/electron-builder.config.mjs). Each --with-model copies a model into the installer (from a
// folder, or an installed model of this machine's model store by id), so a classroom install works offline.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const STAGE = join(ROOT, 'build', '.bundled-models');

export const DIST_USAGE =
  'Usage: npm run dist -- [--with-model <model id | model folder>]... [--skip-build] [electron-builder options]';

/**
 * Splits the command line into models to bundle, whether to skip `electron-vite build`, and the arguments
 * passed on to electron-builder (e.g. `--dir`, `--linux deb`). Throws a usage message for a bad --with-model.
 * @param {readonly string[]} argv
 */
export function parseDistArgs(argv) {
  const models = [];
  const builderArgs = [];
  let skipBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--with-model') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--') || value.trim() === '') {
        throw new Error(`--with-model needs a model id or a model folder.\n${DIST_USAGE}`);
      }
      models.push(value);
      i++;
    } else if (arg.startsWith('--with-model=')) {
      const value = arg.slice('--with-model='.length);
      if (value.trim() === '')
        throw new Error(`--with-model needs a model id or a model folder.\n${DIST_USAGE}`);
      models.push(value);
    } else if (arg === '--skip-build') {
      skipBuild = true;
    } else {
      builderArgs.push(arg);
    }
  }
  return { models, builderArgs, skipBuild };
}

function isFolder(path) {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Copies each model into `stageDir` as a model store (`<stage>/<id>/`), validating it on the way
 * (ModelStore.importFolder names any missing file). A spec that is a folder is copied under its folder
 * name; any other spec is the id of a model installed in `userStore`.
 * @param {readonly string[]} specs
 * @param {{ stageDir: string, userStore: { folderOf(id: string): string, has(id: string): boolean, list(): { id: string }[] }, ModelStore: new (dir: string) => { importFolder(source: string, id?: string): Promise<{ id: string, sizeBytes: number }> } }} context
 */
export async function stageModels(specs, { stageDir, userStore, ModelStore }) {
  rmSync(stageDir, { recursive: true, force: true });
  const stage = new ModelStore(stageDir);
  const staged = [];
  for (const spec of specs) {
    if (isFolder(spec)) {
      staged.push(await stage.importFolder(spec, basename(resolve(spec))));
    } else if (userStore.has(spec)) {
      staged.push(await stage.importFolder(userStore.folderOf(spec), spec));
    } else {
      const installed =
        userStore
          .list()
          .map((model) => model.id)
          .join(', ') || 'none';
      throw new Error(
        `"${spec}" is neither a folder nor an installed model (installed: ${installed}). ` +
          'Install it in the app first, or pass the path of a model folder.',
      );
    }
  }
  return staged;
}

/**
 * A sentence for a failed electron-builder run whose log shows the usual cause on a closed network: the
 * Electron download (from GitHub) failed. Undefined for any other failure, whose own log says what happened.
 * @param {string} log
 */
export function explainBuilderFailure(log) {
  if (/ENOTFOUND github\.com|getaddrinfo .*github|electron-v[\d.]+-\w+-\w+\.zip/i.test(log)) {
    return (
      'electron-builder could not download Electron (no access to github.com from this machine). ' +
      'Build on a machine with network access, or point ELECTRON_MIRROR at a reachable mirror, or set ' +
      'electronDist to an unpacked Electron folder. The app itself was built in out/.'
    );
  }
  return undefined;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs electron-builder, showing its output as it comes and keeping it to explain a failure. */
function runBuilder(args) {
  return new Promise((done) => {
    const child = spawn(
      'npx',
      ['electron-builder', '--config', 'build/electron-builder.config.mjs', ...args],
      {
        cwd: ROOT,
        shell: process.platform === 'win32',
      },
    );
    let log = '';
    const keep = (chunk, stream) => {
      log += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('close', (status) => done({ status: status ?? 1, log }));
  });
}

async function main() {
  let options;
  try {
    options = parseDistArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (!options.skipBuild) run('npx', ['electron-vite', 'build']);
  if (options.models.length > 0) {
    // The model store is TypeScript (src/node/models); tsx loads it without a build step.
    const { tsImport } = await import('tsx/esm/api');
    const { ModelStore } = await tsImport('../src/node/models/model-store.ts', import.meta.url);
    const staged = await stageModels(options.models, {
      stageDir: STAGE,
      userStore: ModelStore.inDataDir(),
      ModelStore,
    });
    for (const model of staged)
      console.log(`Bundling model ${model.id} (${Math.round(model.sizeBytes / 1e6)} MB).`);
  } else {
    rmSync(STAGE, { recursive: true, force: true });
  }
  const { status, log } = await runBuilder(options.builderArgs);
  if (status !== 0) {
    console.error(explainBuilderFailure(log) ?? `electron-builder failed with exit code ${status}.`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
