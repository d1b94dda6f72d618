// The steps of `npm run dist` that need no Electron, kept apart from scripts/dist.mjs (the command) so they are
// tested in Node: argument parsing, staging models to bundle, explaining a failed electron-builder run.
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';

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
      "electronDist to an unpacked Electron folder. The app's own build in out/ is unaffected."
    );
  }
  return undefined;
}
