import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseTable } from '../../../src/core/dataset/parse-table';
import { StreamingTableBuilder } from '../../../src/core/dataset/streaming/streaming-table-builder';

/**
 * One import, in its own process so that its peak resident memory is its own: `stream` reads the file through
 * the streaming builder in 8 MiB chunks (as the app and the CLI do) keeping a stratified sample; `whole`
 * reads all bytes and calls `parseTable`, as `openFile` does. Prints one JSON line.
 *   usage: import-case.ts stream|whole FILE [SAMPLE]
 */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** The largest of each part of `process.memoryUsage()` seen after any chunk, to tell where a peak comes from. */
const peaks = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, rss: 0 };
/** The high-water mark of resident memory once every chunk was read, before the sample is built into rows. */
let readingPeakRssBytes = 0;

function samplePeaks(): void {
  const usage = process.memoryUsage();
  for (const key of Object.keys(peaks) as (keyof typeof peaks)[])
    peaks[key] = Math.max(peaks[key], usage[key]);
}

async function streamed(path: string, sample: number): Promise<{ rowsRead: number; rowsKept: number }> {
  const builder = new StreamingTableBuilder(basename(path), {
    sample: sample > 0 ? { size: sample, seed: 42, stratifyBy: 'label' } : null,
  });
  // One buffer read into again and again (the builder copies what it keeps): a stream's fresh 8 MiB Buffer per
  // chunk, read ahead and freed only by a later collection, added 30–80 MB of external memory to the peak.
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const file = await open(path);
  try {
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      builder.push(chunk.subarray(0, bytesRead));
      samplePeaks();
    }
  } finally {
    await file.close();
  }
  readingPeakRssBytes = process.resourceUsage().maxRSS * 1024;
  const { table, rowsRead } = builder.finish();
  return { rowsRead, rowsKept: table.rows.length };
}

async function whole(path: string): Promise<{ rowsRead: number; rowsKept: number }> {
  const buffer = await readFile(path);
  const table = parseTable(
    basename(path),
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
  );
  return { rowsRead: table.rows.length, rowsKept: table.rows.length };
}

const [mode, path, sampleText] = process.argv.slice(2);
if ((mode !== 'stream' && mode !== 'whole') || path === undefined) {
  throw new Error('usage: import-case.ts stream|whole FILE [SAMPLE]');
}
const fileBytes = (await stat(path)).size;
// The process before the import: Node, tsx and the modules loaded, which the import's own growth sits on.
const baselineRssBytes = process.memoryUsage().rss;
const started = performance.now();
const counts = mode === 'stream' ? await streamed(path, Number(sampleText ?? 0)) : await whole(path);
const seconds = (performance.now() - started) / 1000;
// resourceUsage reports kilobytes: the kernel's high-water mark of this process's resident memory.
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
samplePeaks();
const cpuSeconds = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
console.log(
  JSON.stringify({
    mode,
    fileBytes,
    seconds,
    cpuSeconds,
    peakRssBytes,
    readingPeakRssBytes,
    baselineRssBytes,
    peaks,
    ...counts,
  }),
);
