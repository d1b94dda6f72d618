/** Types for build/electron-builder.config.mjs (a plain module that electron-builder loads directly). */
import type { Configuration } from 'electron-builder';

export declare const BUNDLED_MODELS_STAGE: string;
export declare function extraResources(root?: string): { from: string; to: string }[];
export declare function builderConfig(root?: string): Configuration & {
  extraResources: { from: string; to: string }[];
};
declare const config: Configuration;
export default config;
