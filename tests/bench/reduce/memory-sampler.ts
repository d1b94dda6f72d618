/**
 * Peak memory of the current process while a case runs: `rss` and `heapUsed` sampled every 10 ms, plus
 * the kernel's maximum resident set size. The timer cannot fire inside a long synchronous call (umap-js's
 * `fit`), so `maxRss` — which the kernel tracks on every page fault — is the number the table reports;
 * each case runs in a fresh process so that it is that case's own peak.
 */
export class MemorySampler {
  private peakRss = 0;
  private peakHeap = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  /** Sampling period in milliseconds: fine enough to catch the kNN and layout buffers being built. */
  static readonly PERIOD_MS = 10;

  constructor() {
    this.sample();
    this.timer = setInterval(() => {
      this.sample();
    }, MemorySampler.PERIOD_MS);
  }

  private sample(): void {
    const usage = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, usage.rss);
    this.peakHeap = Math.max(this.peakHeap, usage.heapUsed);
  }

  /** Stops sampling and returns the peaks in MiB. */
  stop(): { rssMiB: number; heapMiB: number; maxRssMiB: number } {
    this.sample();
    clearInterval(this.timer);
    const mib = 1024 * 1024;
    return {
      rssMiB: this.peakRss / mib,
      heapMiB: this.peakHeap / mib,
      // resourceUsage reports kilobytes.
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  }
}
