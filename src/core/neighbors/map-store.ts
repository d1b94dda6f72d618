import { StudioError } from '../../shared/errors';
import type { SearchMatrix } from '../knn/nearest-rows';
import type { EmbeddingMatrix } from '../math/matrix-types';
import type { FittedReduction } from '../reduce/transform/fitted-reduction';

/**
 * The latest maps kept for questions about their items: 4 maps of 100,000 × 384 float32 vectors are
 * ~600 MB, the most a desktop app should hold on to for a panel the user may never open.
 */
const MAPS_KEPT = 4;

/**
 * Keeps the embeddings of the latest finished maps, with their row norms, so nearest-neighbour queries
 * run in the original space without embedding anything again. The oldest map is dropped first.
 */
export class MapStore {
  private readonly maps = new Map<string, SearchMatrix>();
  /** Each kept map's PCA axes and means (absent for maps restored from a project: refitted when needed). */
  private readonly fits = new Map<string, FittedReduction>();

  /** Keeps `embeddings` under `mapId`, dropping the oldest map beyond the limit. */
  put(mapId: string, embeddings: EmbeddingMatrix): void {
    this.maps.delete(mapId);
    this.fits.delete(mapId);
    this.maps.set(mapId, {
      data: embeddings.data,
      norms: rowNorms(embeddings),
      rows: embeddings.rows,
      dimension: embeddings.cols,
    });
    for (const oldest of this.maps.keys()) {
      if (this.maps.size <= MAPS_KEPT) break;
      this.maps.delete(oldest);
      this.fits.delete(oldest);
    }
  }

  /** Keeps what the reduction of a kept map fitted; ignored when the map is no longer kept. */
  putFitted(mapId: string, fitted: FittedReduction): void {
    if (this.maps.has(mapId)) this.fits.set(mapId, fitted);
  }

  /** What the map's reduction fitted, or undefined when it was not kept (a map restored from a project). */
  fitted(mapId: string): FittedReduction | undefined {
    this.get(mapId);
    return this.fits.get(mapId);
  }

  /** The map's vectors; `unknown-map` when it was never made or has been dropped. */
  get(mapId: string): SearchMatrix {
    const map = this.maps.get(mapId);
    if (map === undefined) {
      throw new StudioError(
        'unknown-map',
        `The map "${mapId}" is no longer kept (only the latest ${MAPS_KEPT} are); map the data again.`,
        { mapId },
      );
    }
    return map;
  }
}

function rowNorms(matrix: EmbeddingMatrix): Float32Array {
  const norms = new Float32Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) {
    let squares = 0;
    const offset = row * matrix.cols;
    for (let col = 0; col < matrix.cols; col++) {
      const value = matrix.data[offset + col] ?? 0;
      squares += value * value;
    }
    norms[row] = Math.sqrt(squares);
  }
  return norms;
}
