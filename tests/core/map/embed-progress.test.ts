import { describe, expect, it } from 'vitest';
import type { JobControl } from '../../../src/core/jobs/job-registry';
import { embedProgressReporter } from '../../../src/core/map/embed-progress';
import { EmbedRateMeter } from '../../../src/core/map/embed-rate';

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; set: (ms: number) => void } {
  let time = 0;
  return {
    now: () => time,
    set: (ms) => {
      time = ms;
    },
  };
}

describe('EmbedRateMeter', () => {
  it('knows no rate before texts were embedded over some time, then texts/s and the time left', () => {
    const clock = manualClock();
    const meter = new EmbedRateMeter(1000, clock.now);
    expect(meter.record(0)).toBeUndefined();
    clock.set(500);
    expect(meter.record(0)).toBeUndefined(); // loading the model: time passes, nothing done
    clock.set(2500);
    expect(meter.record(100)).toEqual({ ratePerSecond: 40, etaMs: 22_500 });
  });

  it('follows a speed-up once old samples leave the 10 s window', () => {
    const clock = manualClock();
    const meter = new EmbedRateMeter(10_000, clock.now);
    meter.record(0);
    for (let second = 1; second <= 20; second++) {
      clock.set(second * 1000);
      // 10 texts/s for 10 s, then 100 texts/s.
      meter.record(second <= 10 ? second * 10 : 100 + (second - 10) * 100);
    }
    const rate = meter.record(1100);
    expect(rate?.ratePerSecond).toBeCloseTo(100, 6);
    expect(rate?.etaMs).toBe(89_000);
  });

  it('merges reports closer than 200 ms into the newest sample', () => {
    const clock = manualClock();
    const meter = new EmbedRateMeter(100, clock.now);
    meter.record(0);
    clock.set(1000);
    meter.record(10);
    clock.set(1100);
    // Kept as one sample moved to 1.1 s: (30 − 0) texts in 1.1 s.
    expect(meter.record(30)?.ratePerSecond).toBeCloseTo(30 / 1.1, 9);
  });
});

describe('embedProgressReporter', () => {
  it('reports texts done of the total, the share of the whole job, texts/s and the time left', () => {
    const clock = manualClock();
    const events: Parameters<JobControl['progress']>[] = [];
    const report = embedProgressReporter((...args) => events.push(args), 200, [0.05, 0.85], clock.now);
    clock.set(2000);
    report(0.25);
    clock.set(4000);
    report(1);
    expect(events).toEqual([
      ['embed', 0.25, { done: 50, total: 200 }, { ratePerSecond: 25, etaMs: 6000 }],
      ['embed', 0.85, { done: 200, total: 200 }, { ratePerSecond: 50, etaMs: 0 }],
    ]);
  });

  it('sends no rate while nothing is done yet', () => {
    const events: Parameters<JobControl['progress']>[] = [];
    const report = embedProgressReporter(
      (...args) => events.push(args),
      10,
      [0, 1],
      () => 5,
    );
    report(0);
    expect(events).toEqual([['embed', 0, { done: 0, total: 10 }, {}]]);
  });
});
