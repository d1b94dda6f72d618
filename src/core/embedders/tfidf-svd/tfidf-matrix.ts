import type { Cooperation } from '../../jobs/cooperation';
import { GrowableArray } from '../../math/growable-array';
import type { CsrMatrix } from '../../math/sparse-matrix';
import { countFeatures } from './text-features';

/**
 * With a hundred texts or more, a feature seen in a single text cannot link it to any other: it only adds
 * memory (most character n-grams are such singletons), so it is dropped. Smaller corpora keep everything,
 * or three short unrelated words would have no features at all.
 */
const SINGLETON_PRUNING_MIN_ROWS = 100;

/**
 * 2^17 features at most: the SVD keeps a `features × ~74` double matrix, so this caps it at ~78 MB.
 * The most widespread features are kept, as they carry the shared structure.
 */
const MAX_FEATURES = 131072;

/** Raw counts of every text, before weighting. */
interface FeatureCounts {
  readonly rowStart: Int32Array;
  readonly featureIds: Int32Array;
  readonly counts: Float32Array;
  readonly documentFrequency: Int32Array;
}

async function countAll(
  texts: readonly string[],
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<FeatureCounts> {
  const vocabulary = new Map<string, number>();
  const documentFrequency = new GrowableArray(Int32Array);
  const rowStart = new Int32Array(texts.length + 1);
  const featureIds = new GrowableArray(Int32Array);
  const counts = new GrowableArray(Float32Array);
  const local = new Map<string, number>();
  for (let row = 0; row < texts.length; row++) {
    local.clear();
    countFeatures(texts[row] ?? '', local);
    for (const [feature, count] of local) {
      let id = vocabulary.get(feature);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(feature, id);
        documentFrequency.push(0);
      }
      const frequencies = documentFrequency.view();
      frequencies[id] = (frequencies[id] ?? 0) + 1;
      featureIds.push(id);
      counts.push(count);
    }
    rowStart[row + 1] = featureIds.length;
    if (row % 64 === 0) {
      onProgress(row / texts.length);
      await cooperation.checkpoint();
    }
  }
  return {
    rowStart,
    featureIds: featureIds.view(),
    counts: counts.view(),
    documentFrequency: documentFrequency.view(),
  };
}

/** New column numbers for the kept features (−1 for dropped ones) and how many were kept. */
function selectFeatures(documentFrequency: Int32Array, rows: number): { remap: Int32Array; kept: number } {
  const minFrequency = rows >= SINGLETON_PRUNING_MIN_ROWS ? 2 : 1;
  let candidates: number[] = [];
  documentFrequency.forEach((frequency, id) => {
    if (frequency >= minFrequency) candidates.push(id);
  });
  if (candidates.length > MAX_FEATURES) {
    candidates.sort((a, b) => (documentFrequency[b] ?? 0) - (documentFrequency[a] ?? 0) || a - b);
    candidates = candidates.slice(0, MAX_FEATURES).sort((a, b) => a - b);
  }
  const remap = new Int32Array(documentFrequency.length).fill(-1);
  candidates.forEach((id, column) => {
    remap[id] = column;
  });
  return { remap, kept: candidates.length };
}

/** Appends one row's kept features, weighted, to `indices`/`values`, and scales that row to unit length. */
function weighRow(
  raw: FeatureCounts,
  remap: Int32Array,
  row: number,
  out: { indices: GrowableArray<Int32ArrayConstructor>; values: GrowableArray<Float32ArrayConstructor> },
): void {
  const rows = raw.rowStart.length - 1;
  const first = out.values.length;
  let squares = 0;
  for (let entry = raw.rowStart[row] ?? 0; entry < (raw.rowStart[row + 1] ?? 0); entry++) {
    const id = raw.featureIds[entry] ?? 0;
    const column = remap[id] ?? -1;
    if (column < 0) continue;
    // Smoothed IDF as in scikit-learn: ln((1 + n) / (1 + df)) + 1 is positive, so common features count a little.
    const idf = Math.log((1 + rows) / (1 + (raw.documentFrequency[id] ?? 0))) + 1;
    const weight = (1 + Math.log(raw.counts[entry] ?? 1)) * idf;
    out.indices.push(column);
    out.values.push(weight);
    squares += weight * weight;
  }
  const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
  const rowValues = out.values.view();
  for (let entry = first; entry < out.values.length; entry++)
    rowValues[entry] = (rowValues[entry] ?? 0) * scale;
}

/** Sublinear TF × smoothed IDF, kept features only, each row scaled to unit length (zero rows stay zero). */
async function weigh(
  raw: FeatureCounts,
  remap: Int32Array,
  kept: number,
  cooperation: Cooperation,
): Promise<CsrMatrix> {
  const rows = raw.rowStart.length - 1;
  const rowStart = new Int32Array(rows + 1);
  const out = { indices: new GrowableArray(Int32Array), values: new GrowableArray(Float32Array) };
  // 1024 rows of a few hundred features each: well under a millisecond per chunk.
  await cooperation.forEachChunk(rows, 1024, (from, to) => {
    for (let row = from; row < to; row++) {
      weighRow(raw, remap, row, out);
      rowStart[row + 1] = out.values.length;
    }
  });
  return { rows, cols: kept, rowStart, indices: out.indices.view(), values: out.values.view() };
}

/**
 * The TF-IDF matrix of the texts (one row per text) over their own word and character n-gram features,
 * as CSR in typed arrays. Yields through `cooperation` while counting, which is the slow part.
 */
export async function buildTfidfMatrix(
  texts: readonly string[],
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<CsrMatrix> {
  const raw = await countAll(texts, cooperation, onProgress);
  const { remap, kept } = selectFeatures(raw.documentFrequency, texts.length);
  await cooperation.checkpoint();
  const matrix = await weigh(raw, remap, kept, cooperation);
  onProgress(1);
  return matrix;
}
