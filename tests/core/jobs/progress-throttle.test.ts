import { describe, expect, it } from 'vitest';
import { ProgressThrottle } from '../../../src/core/jobs/progress-throttle';

describe('ProgressThrottle', () => {
  it('emits at most about one event per percent, never going backwards', () => {
    const throttle = new ProgressThrottle();
    const fractions: number[] = [];
    for (let i = 0; i <= 10_000; i++) {
      // A report that goes backwards now and then, as a sloppy stage might send.
      const raw = i % 97 === 0 ? 0 : i / 10_000;
      const event = throttle.next('job-1', 'embed', raw);
      if (event !== null) fractions.push(event.fraction);
    }
    expect(fractions.length).toBeLessThanOrEqual(102);
    expect(fractions.length).toBeGreaterThan(50);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });

  it('always emits on a stage change, clamps to [0, 1] and passes counts through', () => {
    const throttle = new ProgressThrottle();
    expect(throttle.next('j', 'prepare', 0.5)?.fraction).toBe(0.5);
    expect(throttle.next('j', 'prepare', 0.501)).toBeNull();
    expect(throttle.next('j', 'embed', 0.2, { done: 3, total: 9 })).toEqual({
      type: 'progress',
      jobId: 'j',
      stage: 'embed',
      fraction: 0.501,
      done: 3,
      total: 9,
    });
    expect(throttle.next('j', 'reduce', 7)?.fraction).toBe(1);
    expect(throttle.next('j', 'reduce', Number.NaN)).toBeNull();
  });
});
