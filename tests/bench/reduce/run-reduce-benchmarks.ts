/**
 * `npm run bench:reduce`: our UMAP against umap-js (the named reference) and scran.js's UMAP in the same run, on seeded 384-d
 * Gaussian clusters at 2,000 and 10,000 rows and, when present, on 11,925 real GloVe vectors (cosine).
 * Each case runs in its own process so that its peak memory is its own. Prints a table and the ratios.
 * `BENCH_REDUCE_LARGE=1` adds 50,000 rows (ours and scran.js; umap-js would need ≈ 8 GB there) and 100,000
 * rows (ours), with the issue's targets at 100,000 checked. `ours` runs on the app's worker pool (every
 * core); `ours-1t` is the same code on one thread, for the pool's speed-up in the same run.
 * Then t-SNE (ours vs @keckelt/tsne) and PCA (ours vs scran.js and ml-pca, checked against an exact
 * reference). `BENCH_REDUCE_ONLY=umap|tsne|pca` runs one section.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GLOVE_PATH, gloveAvailable } from './bench-data';
import type { CaseResult } from './bench-case';
import { runPcaSection } from './pca-section';
import { runTsneSection } from './tsne-section';

interface Case {
  readonly data: string;
  readonly metric: 'euclidean' | 'cosine';
  readonly peers: readonly string[];
}

const CASE_SCRIPT = fileURLToPath(new URL('./bench-case.ts', import.meta.url));
/** Targets from issue 4 at 10,000 rows. */
const TARGET_SPEEDUP = 5;
const TARGET_SCRAN_SPEEDUP = 2;
const TARGET_TRUST_MARGIN = 0.01;
const TARGET_RECALL = 0.95;
/** Targets from issue 4 at 100,000 rows. */
const LARGE_TARGET_SECONDS = 45;
const LARGE_TARGET_RSS_MIB = 1024;
const LARGE_TARGET_FIRST_LAYOUT_SECONDS = 10;
const LARGE_TARGET_RECALL = 0.9;

function runCase(impl: string, data: string, metric: string): CaseResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CASE_SCRIPT, impl, data, metric], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const last = output.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as CaseResult;
}

function row(impl: string, data: string, result: CaseResult): string {
  const cells = [
    data.padEnd(16),
    impl.padEnd(8),
    result.seconds.toFixed(2).padStart(8),
    result.cpuSeconds.toFixed(2).padStart(8),
    (result.firstLayoutSeconds === null ? '—' : result.firstLayoutSeconds.toFixed(2)).padStart(8),
    result.maxRssMiB.toFixed(0).padStart(9),
    result.heapMiB.toFixed(0).padStart(9),
    result.trust.toFixed(4).padStart(7),
    (result.recall === null ? '—' : result.recall.toFixed(4)).padStart(7),
  ];
  return cells.join(' │ ');
}

/** Which sections run: all by default, or the one BENCH_REDUCE_ONLY names. */
const only = process.env['BENCH_REDUCE_ONLY'];
const runs = (section: string): boolean => only === undefined || only === section;

const cases: Case[] = [];
if (runs('umap')) {
  cases.push(
    { data: 'synthetic-2000', metric: 'euclidean', peers: ['ours', 'umap-js', 'scran'] },
    // ours-pca50: the same UMAP after PCA pre-reduction to 50 dimensions (pcaDims), against ours without.
    {
      data: 'synthetic-10000',
      metric: 'euclidean',
      peers: ['ours', 'umap-js', 'scran', 'ours-pca50', 'ours-1t'],
    },
  );
  if (process.env['BENCH_REDUCE_LARGE'] === '1')
    cases.push(
      { data: 'synthetic-50000', metric: 'euclidean', peers: ['ours', 'scran'] },
      { data: 'synthetic-100000', metric: 'euclidean', peers: ['ours'] },
    );
  if (gloveAvailable()) cases.push({ data: 'glove', metric: 'cosine', peers: ['ours', 'umap-js', 'scran'] });
  else console.log(`${GLOVE_PATH} is absent: skipping the real-vector case.`);
}

if (cases.length > 0) printUmapHeader();

function printUmapHeader(): void {
  console.log(
    'UMAP 2D, default parameters (15 neighbours, min_dist 0.1, epochs 500 below 10,000 rows else 200)',
  );
  console.log(
    'trust = trustworthiness k=15 (on ≤ 2,000 random rows); recall = kNN recall vs exact (500 rows)',
  );
  console.log(
    'time = wall seconds, cpu = CPU seconds of the same span, all threads (steadier on a shared machine); ours on every core, the peers on one',
  );
  console.log(
    [
      'data'.padEnd(16),
      'impl'.padEnd(8),
      'time s'.padStart(8),
      'cpu s'.padStart(8),
      'first s'.padStart(8),
      'peak RSS'.padStart(9),
      'peak heap'.padStart(9),
      'trust'.padStart(7),
      'recall'.padStart(7),
    ].join(' │ '),
  );
}

const summary: string[] = [];
let targetsMet = true;
for (const entry of cases) {
  const results = new Map<string, CaseResult>();
  for (const impl of entry.peers) {
    const result = runCase(impl, entry.data, entry.metric);
    results.set(impl, result);
    console.log(row(impl, `${entry.data}${entry.metric === 'cosine' ? ' cos' : ''}`, result));
  }
  const ours = results.get('ours');
  const peer = results.get('umap-js');
  const preReduced = results.get('ours-pca50');
  const oneThread = results.get('ours-1t');
  if (ours !== undefined && oneThread !== undefined)
    summary.push(
      `${entry.data}: the worker pool ${(oneThread.seconds / ours.seconds).toFixed(2)}× the speed of one thread (CPU ${(ours.cpuSeconds / oneThread.cpuSeconds).toFixed(2)}× as much), same layout bytes`,
    );
  if (ours !== undefined && entry.data === 'synthetic-100000') {
    const met = largeTargets(ours);
    targetsMet &&= met.every((target) => target.met);
    summary.push(
      `  targets at 100,000: ${met.map((target) => `${target.name} ${target.met ? 'met' : 'NOT met'}`).join(', ')}`,
    );
  }
  const scranAlone = results.get('scran');
  if (ours !== undefined && peer === undefined && scranAlone !== undefined)
    summary.push(
      `${entry.data}: ${(scranAlone.seconds / ours.seconds).toFixed(2)}× faster than scran.js (CPU ${(scranAlone.cpuSeconds / ours.cpuSeconds).toFixed(2)}×), ${(scranAlone.maxRssMiB / ours.maxRssMiB).toFixed(2)}× less peak RSS, trustworthiness ${signed(ours.trust - scranAlone.trust)}`,
    );
  if (ours !== undefined && preReduced !== undefined)
    summary.push(
      `${entry.data}: PCA pre-reduction to 50 dims ${(ours.seconds / preReduced.seconds).toFixed(2)}× the speed of UMAP on all 384, trustworthiness ${preReduced.trust - ours.trust >= 0 ? '+' : ''}${(preReduced.trust - ours.trust).toFixed(4)}`,
    );
  if (ours === undefined || peer === undefined) continue;
  const speedup = peer.seconds / ours.seconds;
  const cpuSpeedup = peer.cpuSeconds / ours.cpuSeconds;
  const memory = peer.maxRssMiB / ours.maxRssMiB;
  summary.push(
    `${entry.data}: ${speedup.toFixed(2)}× faster than umap-js (CPU ${cpuSpeedup.toFixed(2)}×), ${memory.toFixed(2)}× less peak RSS, trustworthiness ${signed(ours.trust - peer.trust)}`,
  );
  const scran = results.get('scran');
  if (scran !== undefined)
    summary.push(
      `${entry.data}: ${(scran.seconds / ours.seconds).toFixed(2)}× faster than scran.js (CPU ${(scran.cpuSeconds / ours.cpuSeconds).toFixed(2)}×), ${(scran.maxRssMiB / ours.maxRssMiB).toFixed(2)}× less peak RSS, trustworthiness ${signed(ours.trust - scran.trust)}`,
    );
  if (entry.data === 'synthetic-10000') {
    const quality = ours.trust >= peer.trust - TARGET_TRUST_MARGIN && (ours.recall ?? 0) >= TARGET_RECALL;
    const fastEnough = (ratio: (r: CaseResult) => number): boolean =>
      ratio(peer) / ratio(ours) >= TARGET_SPEEDUP &&
      (scran === undefined || ratio(scran) / ratio(ours) >= TARGET_SCRAN_SPEEDUP);
    const metWall = quality && fastEnough((r) => r.seconds);
    const metCpu = quality && fastEnough((r) => r.cpuSeconds);
    targetsMet &&= metWall;
    summary.push(
      `  targets at 10,000 (≥ ${TARGET_SPEEDUP}× umap-js, ≥ ${TARGET_SCRAN_SPEEDUP}× scran.js, trust ≥ umap-js − ${TARGET_TRUST_MARGIN}, recall ≥ ${TARGET_RECALL}): wall ${metWall ? 'met' : 'NOT met'}, CPU ${metCpu ? 'met' : 'NOT met'}`,
    );
  }
}

/** The issue's targets at 100,000 rows, each with whether this run met it. */
function largeTargets(ours: CaseResult): { name: string; met: boolean }[] {
  return [
    {
      name: `time < ${LARGE_TARGET_SECONDS} s (${ours.seconds.toFixed(1)})`,
      met: ours.seconds < LARGE_TARGET_SECONDS,
    },
    {
      name: `peak RSS < ${LARGE_TARGET_RSS_MIB} MiB (${ours.maxRssMiB.toFixed(0)})`,
      met: ours.maxRssMiB < LARGE_TARGET_RSS_MIB,
    },
    {
      name: `first layout < ${LARGE_TARGET_FIRST_LAYOUT_SECONDS} s (${(ours.firstLayoutSeconds ?? Infinity).toFixed(1)})`,
      met: (ours.firstLayoutSeconds ?? Infinity) < LARGE_TARGET_FIRST_LAYOUT_SECONDS,
    },
    {
      name: `recall ≥ ${LARGE_TARGET_RECALL} (${(ours.recall ?? 0).toFixed(3)})`,
      met: (ours.recall ?? 0) >= LARGE_TARGET_RECALL,
    },
  ];
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(4)}`;
}
if (runs('tsne')) summary.push(...runTsneSection());
if (runs('pca')) summary.push(...runPcaSection());
console.log('');
for (const line of summary) console.log(line);
if (cases.length > 0)
  console.log(
    targetsMet
      ? 'All issue-4 UMAP targets measured here are met.'
      : 'Some issue-4 UMAP targets are not met (see above).',
  );
