/**
 * 5 s of samples: long enough to smooth the bursts of a network read, short enough that the time left
 * follows a connection that speeds up or slows down.
 */
const WINDOW_MS = 5000;
/** 100 ms between samples: a loopback transfer delivers thousands of chunks a second, and 50 samples per window suffice. */
const SAMPLE_SPACING_MS = 100;

/** Download speed over a sliding window, and the time left at that speed. */
export class ByteRate {
  private readonly samples: { time: number; bytes: number }[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Records that `bytes` (a running total of this session's transfer) had arrived by now. */
  record(bytes: number): void {
    const time = this.now();
    const last = this.samples[this.samples.length - 1];
    if (last !== undefined && this.samples.length > 1 && time - last.time < SAMPLE_SPACING_MS) {
      // Too soon for a new sample: move the newest one forward instead, so the rate stays current.
      last.time = time;
      last.bytes = bytes;
      return;
    }
    this.samples.push({ time, bytes });
    while (this.samples.length > 2 && time - (this.samples[0]?.time ?? time) > WINDOW_MS)
      this.samples.shift();
  }

  /** Bytes per second over the window; 0 until two samples are apart in time. */
  perSecond(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (first === undefined || last === undefined || last.time <= first.time) return 0;
    return ((last.bytes - first.bytes) * 1000) / (last.time - first.time);
  }

  /** Milliseconds left for `remaining` bytes at the current rate, or undefined while the rate is unknown. */
  etaMs(remaining: number): number | undefined {
    const rate = this.perSecond();
    return rate > 0 ? Math.round((Math.max(0, remaining) * 1000) / rate) : undefined;
  }
}
