// electron-builder configuration: `npm run dist` (scripts/dist.mjs) builds the installers with it. See
// build/README.md for what it produces, what is signed, and how models are bundled for offline classrooms.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import afterPack from './after-pack.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** Where `npm run dist -- --with-model` stages models; shipped as <resources>/models when it holds any. */
export const BUNDLED_MODELS_STAGE = join('build', '.bundled-models');

function hasEntries(folder) {
  return existsSync(folder) && readdirSync(folder).some((name) => !name.startsWith('.'));
}

/**
 * Files shipped beside app.asar in the resources folder, where the app looks for them when packaged
 * (src/main/index.ts passes `process.resourcesPath` as the resources folder): the sample sets always; the
 * lessons and bundled models only when they exist.
 * @param {string} root
 */
export function extraResources(root = ROOT) {
  const resources = [{ from: 'resources/samples', to: 'samples' }];
  if (hasEntries(join(root, 'resources', 'lessons')))
    resources.push({ from: 'resources/lessons', to: 'lessons' });
  if (hasEntries(join(root, BUNDLED_MODELS_STAGE)))
    resources.push({ from: BUNDLED_MODELS_STAGE, to: 'models' });
  return resources;
}

/**
 * The configuration object (electron-builder's `Configuration`).
 * @param {string} root
 */
export function builderConfig(root = ROOT) {
  return {
    appId: 'studio.embedding.desktop',
    productName: 'Embedding Studio',
    copyright: 'Copyright © Embedding Studio contributors',
    directories: { output: 'dist', buildResources: 'build' },
    // The built app; production dependencies (the model runtime, zod) are added by electron-builder itself.
    files: ['out/**', 'package.json', '!out/**/*.map'],
    extraResources: extraResources(root),
    asar: true,
    // Native modules cannot be loaded from inside an asar archive.
    asarUnpack: [
      '**/*.node',
      'node_modules/onnxruntime-node/**',
      'node_modules/sharp/**',
      'node_modules/@img/**',
    ],
    afterPack,
    // The native modules (onnxruntime-node, sharp) use Node-API, which is ABI-stable across Node and
    // Electron: nothing needs rebuilding, and not rebuilding leaves node_modules untouched.
    npmRebuild: false,
    // package.json has no author; deb and the Windows installer want one.
    extraMetadata: { author: { name: 'Embedding Studio', email: 'dev@embedding.studio' } },
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Education',
      icon: 'build/icons',
      maintainer: 'Embedding Studio <dev@embedding.studio>',
      synopsis: 'See meaning: embed words and sentences and explore them on a map.',
    },
    deb: { priority: 'optional' },
    win: { target: ['nsis'], icon: 'build/icons/256x256.png' },
    nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
    mac: {
      target: ['dmg'],
      category: 'public.app-category.education',
      icon: 'build/icons/1024x1024.png',
      // Required for notarisation; harmless for an unsigned build.
      hardenedRuntime: true,
    },
    dmg: { title: 'Embedding Studio' },
  };
}

export default builderConfig();
