import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the `resources/` folder (sample data sets, icons). An explicit path or EMBEDDING_STUDIO_RESOURCES wins;
 * otherwise it walks up from this module, which works for the sources (src/node/) run by tsx and for the
 * bundles in out/main/ alike.
 */
export function findResourcesDir(explicit?: string): string {
  const override = explicit ?? process.env['EMBEDDING_STUDIO_RESOURCES'];
  if (override !== undefined && override !== '') return resolve(override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'samples', 'index.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    'Cannot find the resources folder (resources/samples/index.json); set EMBEDDING_STUDIO_RESOURCES.',
  );
}
