/**
 * Branded matrix types. Both are row-major `Float32Array`s with a shape, but they live in different spaces:
 * an embedding row is a high-dimensional meaning vector, a layout row is a 2D/3D position on screen. The
 * brands make it a compile error to hand one where the other is expected (e.g. plotting raw embeddings).
 */

declare const embeddingBrand: unique symbol;
declare const layoutBrand: unique symbol;

/** `rows × cols` high-dimensional vectors, one row per item. */
export interface EmbeddingMatrix {
  readonly data: Float32Array<ArrayBuffer>;
  readonly rows: number;
  readonly cols: number;
  readonly [embeddingBrand]: true;
}

/** `rows × dims` layout coordinates (2 or 3 columns in practice), one row per item. */
export interface LayoutCoordinates {
  readonly data: Float32Array<ArrayBuffer>;
  readonly rows: number;
  readonly dims: number;
  readonly [layoutBrand]: true;
}

function checkShape(kind: string, length: number, rows: number, cols: number): void {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0 || length !== rows * cols) {
    throw new RangeError(`${kind}: ${length} values do not form a ${rows} × ${cols} matrix`);
  }
}

/** Wraps row-major data as an {@link EmbeddingMatrix}, checking that the shape matches the data. */
export function toEmbeddingMatrix(
  data: Float32Array<ArrayBuffer>,
  rows: number,
  cols: number,
): EmbeddingMatrix {
  checkShape('EmbeddingMatrix', data.length, rows, cols);
  return { data, rows, cols } as EmbeddingMatrix;
}

/** Wraps row-major data as {@link LayoutCoordinates}, checking that the shape matches the data. */
export function toLayoutCoordinates(
  data: Float32Array<ArrayBuffer>,
  rows: number,
  dims: number,
): LayoutCoordinates {
  checkShape('LayoutCoordinates', data.length, rows, dims);
  return { data, rows, dims } as LayoutCoordinates;
}
