#!/usr/bin/env node
// `npm run dist [-- --with-model <id|folder>]... [-- electron-builder arguments]`: builds the app and its
// installers (build/electron-builder.config.mjs). Each --with-model copies a model into the installer (from a
// folder, or an installed model of this machine's model store by id), so a classroom install works offline.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { explainBuilderFailure, parseDistArgs, stageModels } from '../build/dist-steps.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STAGE = join(ROOT, 'build', '.bundled-models');

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

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
