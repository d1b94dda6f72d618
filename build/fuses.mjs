// Electron fuses for packaged builds: switches compiled into the Electron binary that no command-line flag or
// environment variable can turn back on. Applied by build/after-pack.mjs; a plain object so it is tested.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The environment variable that makes a test build (see testBuild below and build/README.md). */
export const TEST_BUILD_ENV = 'EMBEDDING_STUDIO_TEST_BUILD';

/**
 * The fuse wire. Every fuse is set explicitly (`strictlyRequireAllFuses`), so an Electron upgrade that adds a
 * fuse fails the build until someone decides its value.
 * - RunAsNode off: `ELECTRON_RUN_AS_NODE=1 app` cannot turn the signed app into a general Node interpreter.
 * - NODE_OPTIONS off, inspect arguments off: no `--require`/`--inspect` code injection from outside.
 * - Cookie encryption on: the profile's cookies are encrypted with the OS keychain.
 * - ASAR integrity on, load only from ASAR: the code that runs is the code that was packed (and signed).
 * - File-protocol extra privileges off: the renderer is served from app://, file:// needs none.
 * A test build keeps the inspect arguments, because Playwright's Electron driver starts the app with
 * `--inspect=0` and drives it through that port; nothing else differs from the release build.
 * @param {{ testBuild?: boolean, platform?: string }} [options]
 */
export function fuseConfig({ testBuild = false, platform = process.platform } = {}) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses invalidates a macOS ad-hoc signature (arm64 refuses to run unsigned code): re-sign it.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: testBuild,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Whether this environment asks for a test build: `EMBEDDING_STUDIO_TEST_BUILD=1`. */
export function isTestBuild(env = process.env) {
  return env[TEST_BUILD_ENV] === '1' || env[TEST_BUILD_ENV] === 'true';
}

/**
 * Where electron-builder put the Electron binary of a packed app (the file whose fuses are flipped).
 * @param {{ platform: string, appOutDir: string, productFilename: string, executableName: string }} app
 */
export function packedElectronBinary({ platform, appOutDir, productFilename, executableName }) {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, executableName);
}
