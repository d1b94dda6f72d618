/**
 * `npm run bench:reduce`: our UMAP against umap-js (the named reference) in the same run, on seeded 384-d
 * Gaussian clusters at 2,000 and 10,000 rows and, when present, on 11,925 real GloVe vectors (cosine).
 * Each case runs in its own process so that its peak memory is its own. Prints a table and the ratios.
 * `BENCH_REDUCE_LARGE=1` adds 50,000 rows (ours only: umap-js would need ≈ 8 GB there).
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
const TARGET_TRUST_MARGIN = 0.01;
const TARGET_RECALL = 0.95;

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
    { data: 'synthetic-2000', metric: 'euclidean', peers: ['ours', 'umap-js'] },
    // ours-pca50: the same UMAP after PCA pre-reduction to 50 dimensions (pcaDims), against ours without.
    { data: 'synthetic-10000', metric: 'euclidean', peers: ['ours', 'umap-js', 'ours-pca50'] },
  );
  if (process.env['BENCH_REDUCE_LARGE'] === '1')
    cases.push({ data: 'synthetic-50000', metric: 'euclidean', peers: ['ours'] });
  if (gloveAvailable()) cases.push({ data: 'glove', metric: 'cosine', peers: ['ours', 'umap-js'] });
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
    [
      'data'.padEnd(16),
      'impl'.padEnd(8),
      'time s'.padStart(8),
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
  if (ours !== undefined && preReduced !== undefined)
    summary.push(
      `${entry.data}: PCA pre-reduction to 50 dims ${(ours.seconds / preReduced.seconds).toFixed(2)}× the speed of UMAP on all 384, trustworthiness ${preReduced.trust - ours.trust >= 0 ? '+' : ''}${(preReduced.trust - ours.trust).toFixed(4)}`,
    );
  if (ours === undefined || peer === undefined) continue;
  const speedup = peer.seconds / ours.seconds;
  const memory = peer.maxRssMiB / ours.maxRssMiB;
  summary.push(
    `${entry.data}: ${speedup.toFixed(2)}× faster than umap-js, ${memory.toFixed(2)}× less peak RSS, trustworthiness ${ours.trust - peer.trust >= 0 ? '+' : ''}${(ours.trust - peer.trust).toFixed(4)}`,
  );
  if (entry.data === 'synthetic-10000') {
    const met =
      speedup >= TARGET_SPEEDUP &&
      ours.trust >= peer.trust - TARGET_TRUST_MARGIN &&
      (ours.recall ?? 0) >= TARGET_RECALL;
    targetsMet &&= met;
    summary.push(
      `  targets at 10,000 (≥ ${TARGET_SPEEDUP}×, trust ≥ umap-js − ${TARGET_TRUST_MARGIN}, recall ≥ ${TARGET_RECALL}): ${met ? 'met' : 'NOT met'}`,
    );
  }
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
