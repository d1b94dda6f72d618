/**
 * A worker entry Node can load. Node 20 does not apply tsx's `--import` hooks to a worker's own entry file,
 * so a TypeScript entry is started through a one-line ES module that registers tsx first, then imports it.
 */
export function loadableWorkerUrl(entry: URL): URL {
  if (!entry.pathname.endsWith('.ts')) return entry;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}
