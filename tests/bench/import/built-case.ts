import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles a TypeScript case script (and the core modules it imports) into one plain ES module in `outDir`,
 * with Vite, the app's own bundler, so the case runs in a bare `node` as the app's built core does.
 */
export async function buildCaseScript(source: string, outDir: string): Promise<string> {
  const fileName = 'import-case.mjs';
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: source,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: fileName, format: 'es' } },
    },
    ssr: { noExternal: true },
  });
  return join(outDir, fileName);
}

/**
 * Runs a bundled case in a fresh Node process (so its peak memory is its own) and returns the JSON object it
 * prints on its last line. Its standard error passes through, so a failing case says why.
 */
export function runBuiltCase(script: string, args: readonly string[]): unknown {
  const output = execFileSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}
