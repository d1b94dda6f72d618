import { execFileSync } from 'node:child_process';

/**
 * Runs one benchmark case script in a fresh Node process (so its peak memory is its own) and returns the
 * JSON object it prints on its last line. Its standard error passes through, so a failing case says why.
 */
export function runCaseScript(script: string, args: readonly string[]): unknown {
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const last = output.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last);
}

/** Fixed-width table cells joined like the UMAP table's. */
export function tableRow(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 8) : cell.padStart(widths[i] ?? 8)))
    .join(' │ ');
}
