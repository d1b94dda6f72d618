import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableRow } from '../reduce/run-case';
import { buildCaseScript, runBuiltCase } from './built-case';
import { generateCsv } from './generate-csv';

/**
 * `npm run bench:import`: a generated 1 GiB CSV streamed through the import builder with a 100,000-row sample
 * stratified by label — rows/s, MB/s and peak RSS as a share of the file (target: under 25 %) — against the
 * named peer, the whole-file `parseTable` (what `openFile` does), on a 100 MiB file, each in its own process.
 * The case runs bundled to plain JavaScript, as the app's core process runs: under tsx the process also holds
 * tsx's loader thread and TypeScript compiler (~50 MB of baseline RSS that no shipped process has). The
 * baseline (Node and the modules, before the import) is printed beside each peak.
 */
const MIB = 1024 * 1024;
const BIG_BYTES = 1024 * MIB;
const PEER_BYTES = 100 * MIB;
const SAMPLE = 100_000;
/**
 * The core process's V8 limits an import-only core could run under (NODE_OPTIONS of the case's process): a
 * 160 MiB old space (the ~85 MB a 100,000-row stratified sample holds while reading, its 2× oversample
 * included, plus room) and 4 MiB semi-spaces. V8 otherwise lets the old space grow to hundreds of MB of rows
 * that entered the sample and were pushed out again before a full collection frees them. A cap that low would
 * also fail any big map in the same process (a 1M × 384 float32 matrix alone is 1.5 GB), so it is measured
 * here as the lever it is, not set for the app's one core process.
 */
const CAPPED_HEAP = '--max-old-space-size=160 --max-semi-space-size=4';
/** The target: peak resident memory under a quarter of the file's size. */
const TARGET_SHARE = 0.25;

interface CaseResult {
  readonly mode: string;
  readonly fileBytes: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssBytes: number;
  readonly readingPeakRssBytes: number;
  readonly baselineRssBytes: number;
  readonly rowsRead: number;
  readonly rowsKept: number;
}

const caseSource = fileURLToPath(new URL('./import-case.ts', import.meta.url));
const widths = [26, 10, 10, 12, 8, 9, 11, 11, 10];

/** Runs `run` with NODE_OPTIONS set to `options` (the case's child process inherits the environment). */
function withNodeOptions<T>(options: string, run: () => T): T {
  const before = process.env['NODE_OPTIONS'];
  process.env['NODE_OPTIONS'] = options;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env['NODE_OPTIONS'];
    else process.env['NODE_OPTIONS'] = before;
  }
}

function report(name: string, result: CaseResult): number {
  const share = result.peakRssBytes / result.fileBytes;
  console.log(
    tableRow(
      [
        name,
        `${(result.fileBytes / MIB).toFixed(0)} MiB`,
        result.rowsRead.toLocaleString('en'),
        `${Math.round(result.rowsRead / result.seconds).toLocaleString('en')}/s`,
        (result.fileBytes / 1e6 / result.seconds).toFixed(1),
        result.cpuSeconds.toFixed(1),
        `${(result.baselineRssBytes / MIB).toFixed(0)} MiB`,
        // The whole-file parser has no reading phase apart from parsing.
        result.readingPeakRssBytes > 0 ? `${(result.readingPeakRssBytes / MIB).toFixed(0)} MiB` : '—',
        `${(result.peakRssBytes / MIB).toFixed(0)} MiB`,
        `${(share * 100).toFixed(1)} %`,
      ],
      widths,
    ),
  );
  return share;
}

const dir = mkdtempSync(join(tmpdir(), 'es-import-bench-'));
try {
  const big = join(dir, 'big.csv');
  const peer = join(dir, 'peer.csv');
  console.log(`Generating ${BIG_BYTES / MIB} MiB and ${PEER_BYTES / MIB} MiB CSVs in ${dir}…`);
  generateCsv(big, BIG_BYTES, 1);
  generateCsv(peer, PEER_BYTES, 2);
  const caseScript = await buildCaseScript(caseSource, dir);
  console.log(
    tableRow(
      ['case', 'file', 'rows', 'rows/s', 'MB/s', 'CPU-s', 'baseline', 'read peak', 'peak RSS', 'RSS/file'],
      widths,
    ),
  );
  const streamedBig = runBuiltCase(caseScript, ['stream', big, String(SAMPLE)]) as CaseResult;
  const bigShare = report(`stream, sample ${SAMPLE / 1000}k`, streamedBig);
  const cappedBig = withNodeOptions(CAPPED_HEAP, () =>
    runBuiltCase(caseScript, ['stream', big, String(SAMPLE)]),
  ) as CaseResult;
  const cappedShare = report(`  same, heap capped`, cappedBig);
  const streamedPeer = runBuiltCase(caseScript, ['stream', peer, String(SAMPLE)]) as CaseResult;
  const peerStreamShare = report(`stream, sample ${SAMPLE / 1000}k`, streamedPeer);
  const wholePeer = runBuiltCase(caseScript, ['whole', peer]) as CaseResult;
  const wholeShare = report('parseTable (peer), all', wholePeer);
  console.log(
    `\n1 GiB streamed: peak RSS ${(bigShare * 100).toFixed(1)} % of the file (target < ${TARGET_SHARE * 100} %): ` +
      `${bigShare < TARGET_SHARE ? 'met' : 'NOT met'}; with the capped heap ${(cappedShare * 100).toFixed(1)} %: ` +
      `${cappedShare < TARGET_SHARE ? 'met' : 'NOT met'} (${(cappedBig.cpuSeconds / streamedBig.cpuSeconds).toFixed(2)}× the CPU time). ` +
      `The import's own growth over the process baseline: ${((streamedBig.peakRssBytes - streamedBig.baselineRssBytes) / MIB).toFixed(0)} MiB.`,
  );
  console.log(
    `On the same 100 MiB file the whole-file parser peaks at ${(wholeShare / peerStreamShare).toFixed(1)}× the ` +
      `streamed import's memory and the streamed import runs at ` +
      `${(wholePeer.seconds / streamedPeer.seconds).toFixed(2)}× its speed ` +
      `(${(wholePeer.cpuSeconds / streamedPeer.cpuSeconds).toFixed(2)}× in CPU time).`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
