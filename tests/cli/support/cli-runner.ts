import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root, for the CLI entry and the bundled samples. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** The real `embedding-studio` command, as `npx embedding-studio` runs it. */
export const CLI_BIN = join(REPO_ROOT, 'bin', 'embedding-studio.mjs');
/** The bundled sentence sample: 150 sentences, five topics. */
export const SENTENCES_SAMPLE = join(REPO_ROOT, 'resources', 'samples', 'sentences-ru-en.csv');

/** What one CLI run printed and how it exited (-1 when it was killed). */
export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A runner for the real CLI process in `cwd`, with extra environment variables (read at each run, so a test
 * can set them in beforeAll). Two minutes per run: the slowest command maps a sample with UMAP or t-SNE.
 */
export function cliRunner(
  cwd: string,
  env: () => Record<string, string> = () => ({}),
): (...args: string[]) => CliRun {
  return (...args) => {
    const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ...env() },
    });
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };
}

/** Mean share of each point's `k` nearest points in the layout that carry its label (chance: 1 / labels). */
export function neighbourLabelAgreement(
  rows: readonly { label: string; point: number[] }[],
  k: number,
): number {
  let total = 0;
  for (const row of rows) {
    const nearest = rows
      .filter((other) => other !== row)
      .map((other) => ({
        other,
        distance: Math.hypot(...row.point.map((value, axis) => value - (other.point[axis] ?? 0))),
      }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, k);
    total += nearest.filter(({ other }) => other.label === row.label).length / k;
  }
  return total / rows.length;
}
