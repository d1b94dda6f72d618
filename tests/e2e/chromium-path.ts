import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES, HEADLESS_CHROMIUM_ARGS } from '../../src/cli/plot-browser';

/** Flags that make headless Chromium render WebGL on the CPU and stay off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  ...HEADLESS_CHROMIUM_ARGS,
];

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's. When none is found the browser tests skip with a
 * message, unless EMBEDDING_STUDIO_REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.
 */
export function findChromium(): string | undefined {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found === undefined && process.env['EMBEDDING_STUDIO_REQUIRE_BROWSER'] === '1') {
    throw new Error(
      'No Chromium found (install it with `apt-get install -y chromium` or set CHROMIUM_PATH).',
    );
  }
  if (found === undefined) {
    console.warn(
      'Skipping browser tests: no Chromium found; install it (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}
