import type { HitData } from './plot-hits';
import type { PlotSvgInput } from './plot-export';
import { styleForCount, type PlotData, type PlotStyle } from './plot-data';
import { toPositions3 } from './plot-geometry';
import { sameItems } from './transition';
import type { ScatterBuffers } from './scatter-renderer';

/**
 * The points on screen as the controller keeps them: the data, its positions as 3 floats per point (what the
 * GPU draws), the state byte per point (hidden, selected, match) and the latest style. The state array is
 * allocated once per map and rewritten in place, so the GPU buffer and the hit index share it.
 */
export class PlotPoints {
  private current: PlotData | null = null;
  private xyz: Float32Array = new Float32Array(0);
  private bytes = new Uint8Array(0);
  private latestStyle: PlotStyle | null = null;
  private selection = false;
  private search = false;

  /** The data on screen, or null. */
  get data(): PlotData | null {
    return this.current;
  }

  /** Positions, 3 per point (z = 0 in 2D). */
  get positions(): Float32Array {
    return this.xyz;
  }

  /** One state byte per point (see point-flags). */
  get state(): Uint8Array {
    return this.bytes;
  }

  /** The latest style, which may belong to another map until the matching one arrives. */
  get style(): PlotStyle | null {
    return this.latestStyle;
  }

  get hasSelection(): boolean {
    return this.selection;
  }

  get hasSearch(): boolean {
    return this.search;
  }

  /** How many points there are. */
  get count(): number {
    return this.bytes.length;
  }

  /** Replaces the data (or clears it); the state is kept when the count is unchanged. */
  replace(data: PlotData | null): void {
    this.current = data;
    if (data === null) {
      this.xyz = new Float32Array(0);
      this.bytes = new Uint8Array(0);
      return;
    }
    const count = data.texts.length;
    if (this.bytes.length !== count) this.bytes = new Uint8Array(count);
    this.xyz = toPositions3(data.coords, data.dims);
  }

  /**
   * Whether `data` is a new layout of the points on screen (the same items in the same order, the same
   * dimensionality): a streamed UMAP epoch, or a finished map of the items a job has been streaming.
   */
  isRelayout(data: PlotData): boolean {
    const current = this.current;
    return current !== null && current.dims === data.dims && sameItems(current.texts, data.texts);
  }

  /**
   * Takes a new layout of the same items ({@link isRelayout}): state and style stay, and a 2D map's
   * positions are rewritten in place (the GPU gets them in a new buffer, so nothing waits for the last frame).
   */
  relayout(data: PlotData): void {
    this.current = data;
    this.xyz = toPositions3(data.coords, data.dims, this.xyz === data.coords ? undefined : this.xyz);
  }

  /** Keeps `style`; returns whether it fits the points on screen. */
  setStyle(style: PlotStyle): boolean {
    this.latestStyle = style;
    return style.colors.length === 3 * this.bytes.length;
  }

  /** Copies new state bytes in; returns false (and changes nothing) when they belong to another map. */
  setState(state: Uint8Array, hasSelection: boolean, hasSearch: boolean): boolean {
    if (state.length !== this.bytes.length) return false;
    this.bytes.set(state);
    this.selection = hasSelection;
    this.search = hasSearch;
    return true;
  }

  /** The GPU buffers for the points, starting a transition at `from` (null: standing still). */
  buffers(from: Float32Array | null): ScatterBuffers {
    return { positions: this.xyz, from, ...styleForCount(this.latestStyle, this.count), state: this.bytes };
  }

  /** What the hit index is built over, or null without data. */
  hitData(): HitData | null {
    const data = this.current;
    return data === null ? null : { coords: data.coords, dims: data.dims, state: this.bytes };
  }

  /** Point `index`'s position, or null when it is missing or not finite. */
  positionOf(index: number): [number, number, number] | null {
    const p = this.xyz;
    const xyz: [number, number, number] = [
      p[3 * index] ?? NaN,
      p[3 * index + 1] ?? NaN,
      p[3 * index + 2] ?? NaN,
    ];
    return xyz.every(Number.isFinite) ? xyz : null;
  }

  /** The point fields an SVG export reads. */
  svgInput(): Pick<PlotSvgInput, 'data' | 'style' | 'state' | 'hasSelection' | 'hasSearch'> {
    const { data, style, state, hasSelection, hasSearch } = this;
    return { data, style, state, hasSelection, hasSearch };
  }
}
