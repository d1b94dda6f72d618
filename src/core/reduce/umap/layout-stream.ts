/**
 * At most one intermediate layout per 200 ms (5 per second): smooth enough to watch the layout settle,
 * rare enough that copying and sending 100,000 × 2 floats stays a small share of the run.
 */
const MIN_INTERVAL_MS = 200;

/** Rate-limits the intermediate layouts UMAP streams, copying the live layout for each one it sends. */
export class LayoutStream {
  private lastSent = -Infinity;

  constructor(
    private readonly layout: Float32Array,
    private readonly totalEpochs: number,
    private readonly sink?: (coords: Float32Array<ArrayBuffer>, epoch: number, totalEpochs: number) => void,
  ) {}

  /** Sends the layout after `epoch` epochs unconditionally (the first and the final layout). */
  emit(epoch: number): void {
    if (this.sink === undefined) return;
    this.lastSent = Date.now();
    this.sink(new Float32Array(this.layout), epoch, this.totalEpochs);
  }

  /** Sends the layout after `epoch` epochs when the last one went out at least 200 ms ago. */
  offer(epoch: number): void {
    if (this.sink === undefined || epoch >= this.totalEpochs) return;
    if (Date.now() - this.lastSent >= MIN_INTERVAL_MS) this.emit(epoch);
  }
}
