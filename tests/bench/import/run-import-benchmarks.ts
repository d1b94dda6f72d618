import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCaseScript, tableRow } from '../reduce/run-case';
import { generateCsv } from './generate-csv';

/**
 * `npm run bench:import`: a generated 1 GiB CSV streamed through the import builder with a 100,000-row sample
 * stratified by label — rows/s, MB/s and peak RSS as a share of the file (target: under 25 %) — against the
 * named peer, the whole-file `parseTable` (what `openFile` does), on a 100 MiB file, each in its own process.
 */
const MIB = 1024 * 1024;
const BIG_BYTES = 1024 * MIB;
const PEER_BYTES = 100 * MIB;
const SAMPLE = 100_000;
/** The target: peak resident memory under a quarter of the file's size. */
const TARGET_SHARE = 0.25;

interface CaseResult {
  readonly mode: string;
  readonly fileBytes: number;
  readonly seconds: number;
  readonly peakRssBytes: number;
  readonly rowsRead: number;
  readonly rowsKept: number;
}

const caseScript = fileURLToPath(new URL('./import-case.ts', import.meta.url));
const widths = [26, 10, 10, 12, 8, 11, 10];

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
  console.log(tableRow(['case', 'file', 'rows', 'rows/s', 'MB/s', 'peak RSS', 'RSS/file'], widths));
  const streamedBig = runCaseScript(caseScript, ['stream', big, String(SAMPLE)]) as CaseResult;
  const bigShare = report(`stream, sample ${SAMPLE / 1000}k`, streamedBig);
  const streamedPeer = runCaseScript(caseScript, ['stream', peer, String(SAMPLE)]) as CaseResult;
  const peerStreamShare = report(`stream, sample ${SAMPLE / 1000}k`, streamedPeer);
  const wholePeer = runCaseScript(caseScript, ['whole', peer]) as CaseResult;
  const wholeShare = report('parseTable (peer), all', wholePeer);
  console.log(
    `\n1 GiB streamed: peak RSS ${(bigShare * 100).toFixed(1)} % of the file (target < ${TARGET_SHARE * 100} %): ` +
      `${bigShare < TARGET_SHARE ? 'met' : 'NOT met'}.`,
  );
  console.log(
    `On the same 100 MiB file the whole-file parser peaks at ${(wholeShare / peerStreamShare).toFixed(1)}× the ` +
      `streamed import's memory and the streamed import runs at ` +
      `${(wholePeer.seconds / streamedPeer.seconds).toFixed(2)}× its speed.`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
