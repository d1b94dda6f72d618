import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig, isTestBuild, packedElectronBinary, TEST_BUILD_ENV } from '../../build/fuses.mjs';

/** Every fuse Electron defines (the enum's numeric values). */
const ALL_FUSES = Object.values(FuseV1Options).filter(
  (value): value is FuseV1Options => typeof value === 'number',
);

describe('Electron fuses', () => {
  it('the release build turns off Node-as-app, NODE_OPTIONS and inspect, and turns on cookie encryption and ASAR integrity', () => {
    const config = fuseConfig({ platform: 'linux' });
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('sets every fuse Electron defines explicitly, so a new one fails the build until decided', () => {
    const config = fuseConfig();
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const fuse of ALL_FUSES) expect(typeof config[fuse]).toBe('boolean');
    expect(ALL_FUSES.length).toBeGreaterThanOrEqual(8);
  });

  it('a test build differs from the release build only in keeping the inspect arguments (for Playwright)', () => {
    const release = fuseConfig({ platform: 'linux' });
    const test = fuseConfig({ testBuild: true, platform: 'linux' });
    const differing = ALL_FUSES.filter((fuse) => release[fuse] !== test[fuse]);
    expect(differing).toEqual([FuseV1Options.EnableNodeCliInspectArguments]);
    expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect(isTestBuild({ [TEST_BUILD_ENV]: '1' })).toBe(true);
    expect(isTestBuild({})).toBe(false);
    expect(isTestBuild({ [TEST_BUILD_ENV]: '0' })).toBe(false);
  });

  it('re-signs ad hoc only on macOS, and finds the packed binary per platform', () => {
    expect(fuseConfig({ platform: 'darwin' }).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig({ platform: 'win32' }).resetAdHocDarwinSignature).toBe(false);
    const app = { appOutDir: '/d', productFilename: 'Embedding Studio', executableName: 'embedding-studio' };
    expect(packedElectronBinary({ ...app, platform: 'linux' })).toBe('/d/embedding-studio');
    expect(packedElectronBinary({ ...app, platform: 'win32' })).toMatch(/Embedding Studio\.exe$/);
    expect(packedElectronBinary({ ...app, platform: 'darwin' })).toMatch(/Embedding Studio\.app$/);
  });
});
