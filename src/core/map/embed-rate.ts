/**
 * 10 s of samples: long enough that one slow batch (a batch of long paragraphs, a garbage collection) does
 * not swing the estimate, short enough that the first batch, which also pays for loading the model, soon
 * stops counting.
 */
const WINDOW_MS = 10_000;
/** 200 ms between kept samples: 50 per window is plenty, however many small batches report. */
const SAMPLE_SPACING_MS = 200;

/** The embed stage's speed and what it implies. */
export interface EmbedRate {
  /** Texts embedded per second over the recent window. */
  readonly ratePerSecond: number;
  /** Milliseconds until the last text is embedded at that speed. */
  readonly etaMs: number;
}

interface Sample {
  time: number;
  done: number;
}

/**
 * Texts per second and the time left while texts are embedded, over a sliding window of (time, texts done)
 * samples. The clock is injected, so the arithmetic is tested without waiting.
 */
export class EmbedRateMeter {
  private readonly samples: Sample[] = [];

  constructor(
    private readonly total: number,
    private readonly now: () => number,
  ) {}

  /** Records that `done` texts are embedded by now, and answers the rate, or undefined while unknown. */
  record(done: number): EmbedRate | undefined {
    const time = this.now();
    const last = this.samples[this.samples.length - 1];
    if (last !== undefined && this.samples.length > 1 && time - last.time < SAMPLE_SPACING_MS) {
      // Too soon for a new sample: move the newest forward instead, so the rate stays current.
      last.time = time;
      last.done = done;
    } else {
      this.samples.push({ time, done });
    }
    while (this.samples.length > 2 && time - (this.samples[0]?.time ?? time) > WINDOW_MS)
      this.samples.shift();
    return this.estimate();
  }

  private estimate(): EmbedRate | undefined {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (first === undefined || last === undefined || last.time <= first.time || last.done <= first.done) {
      return undefined;
    }
    const ratePerSecond = ((last.done - first.done) * 1000) / (last.time - first.time);
    const etaMs = Math.round((Math.max(0, this.total - last.done) * 1000) / ratePerSecond);
    return { ratePerSecond, etaMs };
  }
}
