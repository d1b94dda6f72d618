/** Types for build/fuses.mjs (a plain module, so electron-builder loads it without a build step). */
import type { FuseV1Config } from '@electron/fuses';

export declare const TEST_BUILD_ENV: string;
export declare function fuseConfig(options?: { testBuild?: boolean; platform?: string }): FuseV1Config & {
  strictlyRequireAllFuses: true;
};
export declare function isTestBuild(env?: Record<string, string | undefined>): boolean;
export declare function packedElectronBinary(app: {
  platform: string;
  appOutDir: string;
  productFilename: string;
  executableName: string;
}): string;
