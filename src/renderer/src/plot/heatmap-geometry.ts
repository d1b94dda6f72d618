/** Where the heatmap's cells and labels go on its canvas, in CSS pixels. */
export interface HeatmapGeometry {
  /** Width of the row labels on the left, and height of the column labels on top. */
  readonly labelSpace: number;
  readonly cell: number;
  readonly size: number;
}

/** The grid is at most this wide (CSS px): it fits the 300 px side panel with its labels. */
const GRID_PX = 200;
/** Labels get this much room; longer texts are cut with an ellipsis (the tooltip shows them whole). */
const LABEL_PX = 80;
/** Cells never shrink below 1 px or grow beyond 24 px (a few big cells would look like a chart, not a matrix). */
const MIN_CELL_PX = 1;
const MAX_CELL_PX = 24;

/** The layout of an `n × n` heatmap. */
export function heatmapGeometry(n: number): HeatmapGeometry {
  const cell = Math.max(MIN_CELL_PX, Math.min(MAX_CELL_PX, Math.floor(GRID_PX / Math.max(1, n))));
  return { labelSpace: LABEL_PX, cell, size: LABEL_PX + cell * n };
}

/** The cell (row, column) under CSS pixel (x, y), or null outside the grid. */
export function cellAt(geometry: HeatmapGeometry, n: number, x: number, y: number): [number, number] | null {
  const column = Math.floor((x - geometry.labelSpace) / geometry.cell);
  const row = Math.floor((y - geometry.labelSpace) / geometry.cell);
  return row >= 0 && row < n && column >= 0 && column < n ? [row, column] : null;
}

/** Where a value falls on the colour ramp: the lowest similarity shown at 0, identity (1) at 1. */
export function rampPosition(value: number, lowest: number): number {
  return lowest >= 1 ? 1 : Math.max(0, Math.min(1, (value - lowest) / (1 - lowest)));
}
