/**
 * How much memory a map (or clustering) job needs, estimated from its shape before any work starts, so the
 * core can refuse a job that would exhaust the machine and offer a sample that fits instead. The estimate
 * is deliberately a little pessimistic (see {@link HEAP_SLACK}): refusing a job that would just have fitted
 * costs the user one click on "map a sample", running out of memory costs them the whole session.
 */

/** What a job's memory depends on. */
export interface MemoryJobShape {
  /** Items mapped (after sampling). */
  readonly rows: number;
  /** Width of the high-dimensional vectors (the embedder's dimension, or the number of vector columns). */
  readonly dimension: number;
  /** 'precomputed' draws given coordinates; 'kmeans' clusters the embeddings of a finished map. */
  readonly method: 'pca' | 'umap' | 'tsne' | 'precomputed' | 'kmeans';
  /** Layout dimensions (2 or 3). */
  readonly dims: number;
  /** Neighbours per point in the kNN graph (UMAP's `neighbors`; t-SNE uses 3 × perplexity). */
  readonly neighbors?: number;
  /** Clusters (k-means' k). */
  readonly clusters?: number;
}

/** The estimate, in bytes, with the parts it is made of (for messages and tests). */
export interface MemoryEstimate {
  readonly bytes: number;
  readonly parts: Readonly<Record<string, number>>;
}

const FLOAT32 = 4;
const FLOAT64 = 8;
const INT32 = 4;

/**
 * Per item, the JS-heap cost of its text, label and other columns as strings and arrays (about 100 UTF-16
 * characters of text and a few short cells, plus object headers): 512 bytes.
 */
const ROW_OVERHEAD_BYTES = 512;

/**
 * The embedder's matrix is kept for neighbour queries while the reducer works on a prepared copy
 * (normalised for cosine, centred for PCA): two float32 copies of N × D.
 */
const EMBEDDING_COPIES = 2;

/** Up to this many rows the kNN graph is brute force (mirrors EXACT_KNN_MAX_ROWS in knn/knn-graph.ts). */
const EXACT_KNN_MAX_ROWS = 2048;

/** NN-descent keeps k + 6 neighbours per row (SEARCH_SLACK) and up to 60 new/old candidates (MAX_CANDIDATES). */
const NN_DESCENT_SLACK = 6;
const NN_DESCENT_CANDIDATES = 60;

/** Random-projection trees seeding NN-descent: a handful of trees, each indexing every row once. */
const RP_TREES = 8;

/**
 * A neighbour heap slot holds an index (int32), a distance (float32) and a "new" flag (1 byte); sorted copies
 * of indices and distances are made when the graph is read out.
 */
const HEAP_SLOT_BYTES = INT32 + FLOAT32 + 1;

/**
 * UMAP's fuzzy graph: symmetrising k directed edges per row gives at most 2k undirected ones, each a head,
 * tail (int32) and weight (float64), built once as coordinates and once compacted, plus a float64 per edge
 * for the epoch schedule.
 */
const UMAP_EDGE_BYTES = 2 * (INT32 + INT32 + FLOAT64) + FLOAT64;

/**
 * t-SNE's affinities: conditional P (float64 per kNN edge) and the symmetric CSR matrix (int32 column plus
 * float64 value per edge, up to twice the directed edges).
 */
const TSNE_EDGE_BYTES = FLOAT64 + 2 * (INT32 + FLOAT64);

/** t-SNE keeps layout, gradient, update and gains as float64 per coordinate, plus the output float32 copy. */
const TSNE_VECTORS_PER_COORDINATE = 4;

/**
 * The Barnes–Hut space tree: at most ~2 nodes per point, each with centre, half-width, mass, centre of mass
 * and child pointers (≈ 3·dims + 2 float64s and 2 int32s).
 */
const TSNE_TREE_NODES_PER_POINT = 2;

/** Garbage the collector has not yet reclaimed and allocator fragmentation: 25 % on top of the live bytes. */
const HEAP_SLACK = 1.25;

function kNeighbors(shape: MemoryJobShape): number {
  const asked = shape.neighbors ?? 15;
  return Math.max(1, Math.min(shape.rows - 1, Math.ceil(asked)));
}

/** The kNN graph's working set: heaps (exact) or NN-descent's widened heaps, candidate lists and trees. */
function knnBytes(rows: number, k: number): number {
  if (rows <= EXACT_KNN_MAX_ROWS) return rows * k * (HEAP_SLOT_BYTES + INT32 + FLOAT32);
  const width = k + NN_DESCENT_SLACK;
  const heaps = rows * width * (HEAP_SLOT_BYTES + INT32 + FLOAT32);
  const candidates = rows * NN_DESCENT_CANDIDATES * 2 * INT32;
  const trees = rows * RP_TREES * INT32;
  return heaps + candidates + trees;
}

function methodParts(shape: MemoryJobShape): Record<string, number> {
  const { rows, dimension, dims } = shape;
  switch (shape.method) {
    case 'pca':
      // Covariance and eigenvectors in float64, D × D each, and the float64 projection before rounding.
      return { covariance: 2 * dimension * dimension * FLOAT64, layout: rows * dims * FLOAT64 };
    case 'umap': {
      const k = kNeighbors(shape);
      return {
        knnGraph: knnBytes(rows, k),
        fuzzyGraph: rows * k * UMAP_EDGE_BYTES,
        layout: 2 * rows * dims * FLOAT64,
      };
    }
    case 'tsne': {
      const k = kNeighbors(shape);
      return {
        knnGraph: knnBytes(rows, k),
        affinities: rows * k * TSNE_EDGE_BYTES,
        layout: rows * dims * (TSNE_VECTORS_PER_COORDINATE * FLOAT64 + FLOAT32),
        spaceTree: rows * TSNE_TREE_NODES_PER_POINT * ((3 * dims + 2) * FLOAT64 + 2 * INT32),
      };
    }
    case 'kmeans': {
      const clusters = Math.max(1, shape.clusters ?? 8);
      // Centroids and their running sums (float64), one assignment and one distance per row.
      return { centroids: 2 * clusters * dimension * FLOAT64, assignments: rows * (INT32 + FLOAT64) };
    }
    case 'precomputed':
      return { layout: rows * dims * FLOAT32 };
  }
}

/**
 * Estimates the peak memory of a job, in bytes: the items (texts, labels, columns), the embeddings
 * (N × D float32, twice), and the method's working set — PCA's D × D covariance, the kNN graph (N × k heaps,
 * NN-descent's candidates and trees above 2,048 rows), UMAP's fuzzy graph and layouts, t-SNE's affinities,
 * gradient buffers and space tree, or k-means' centroids — times 1.25 for collector slack. A precomputed
 * layout has no embeddings. Monotone in rows, dimension and neighbours, which {@link largestRowsWithin} needs.
 */
export function estimateJobMemory(shape: MemoryJobShape): MemoryEstimate {
  const rows = Math.max(0, Math.floor(shape.rows));
  const dimension = Math.max(0, Math.floor(shape.dimension));
  const normalised = { ...shape, rows, dimension };
  const parts: Record<string, number> = {
    items: rows * ROW_OVERHEAD_BYTES,
    embeddings: shape.method === 'precomputed' ? 0 : EMBEDDING_COPIES * rows * dimension * FLOAT32,
    ...methodParts(normalised),
  };
  const live = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
  return { bytes: Math.ceil(live * HEAP_SLACK), parts };
}

/**
 * The largest number of rows (≤ `shape.rows`) whose estimate fits in `budgetBytes`, found by bisection since
 * the estimate grows with the rows; 0 when not even one row fits.
 */
export function largestRowsWithin(shape: MemoryJobShape, budgetBytes: number): number {
  const fits = (rows: number): boolean => estimateJobMemory({ ...shape, rows }).bytes <= budgetBytes;
  let low = 0;
  let high = Math.max(0, Math.floor(shape.rows));
  if (fits(high)) return high;
  while (low < high - 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return fits(low) && low > 0 ? low : 0;
}

/** Bytes as whole megabytes (MiB), rounded up, for messages. */
export function toMegabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}
