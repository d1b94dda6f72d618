import type { EmbeddingMatrix, LayoutCoordinates } from '../../math/matrix-types';
import { toLayoutCoordinates } from '../../math/matrix-types';
import type { PcaResult } from '../pca';

/** What a PCA transform needs from a fit: its axes and the means it subtracted. */
export type PcaFit = Pick<PcaResult, 'components' | 'mean'>;

/**
 * Places new rows into an existing PCA map without refitting: each row is centred with the fit's means
 * and projected onto its axes, exactly as the fitted rows were, so a fitted row transformed again lands on
 * its own point. The new rows must have the fit's number of columns.
 */
export function transformPca(fit: PcaFit, rows: EmbeddingMatrix): LayoutCoordinates {
  const cols = fit.mean.length;
  if (rows.cols !== cols)
    throw new RangeError(`transformPca: the fit has ${cols} columns but the new rows have ${rows.cols}`);
  const k = cols === 0 ? 0 : fit.components.length / cols;
  const out = new Float32Array(rows.rows * k);
  for (let row = 0; row < rows.rows; row++) {
    for (let c = 0; c < k; c++) {
      let sum = 0;
      for (let d = 0; d < cols; d++)
        sum += ((rows.data[row * cols + d] ?? 0) - (fit.mean[d] ?? 0)) * (fit.components[c * cols + d] ?? 0);
      out[row * k + c] = sum;
    }
  }
  return toLayoutCoordinates(out, rows.rows, k);
}
