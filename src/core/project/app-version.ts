/**
 * The app version written into project manifests. The core cannot read package.json at run time (it runs in
 * browsers and workers too); tests/core/project/app-version.test.ts keeps the two equal.
 */
export const APP_VERSION = '0.1.0';
