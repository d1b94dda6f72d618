// electron-builder's afterPack hook: sets the Electron fuses (build/fuses.mjs) on the packed binary, before
// electron-builder signs it and builds the installers.
import { flipFuses } from '@electron/fuses';
import { fuseConfig, isTestBuild, packedElectronBinary } from './fuses.mjs';

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  const binary = packedElectronBinary({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    // Only the Linux packager names an executable; the others use the product's file name.
    executableName: context.packager.executableName ?? context.packager.appInfo.productFilename,
  });
  const testBuild = isTestBuild();
  await flipFuses(binary, fuseConfig({ testBuild, platform }));
  console.log(
    `Electron fuses set on ${binary}${testBuild ? ' (test build: inspect arguments kept on)' : ''}.`,
  );
}
