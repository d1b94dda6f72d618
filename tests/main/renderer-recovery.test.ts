import { describe, expect, it } from 'vitest';
import {
  CRASH_LOOP_WINDOW_MS,
  decideRecovery,
  recordCrash,
  type RendererGoneReason,
} from '../../src/main/renderer-recovery';

describe('decideRecovery', () => {
  it('offers a reload after a crash, naming an out-of-memory crash as such', () => {
    for (const reason of [
      'crashed',
      'abnormal-exit',
      'killed',
      'launch-failed',
      'memory-eviction',
    ] as const) {
      expect(decideRecovery({ kind: 'gone', reason }, [1], false)).toEqual({
        action: 'offer-reload',
        cause: 'crashed',
      });
    }
    expect(decideRecovery({ kind: 'gone', reason: 'oom' }, [1], false)).toEqual({
      action: 'offer-reload',
      cause: 'out-of-memory',
    });
  });

  it('ignores a clean exit and the kill the main process caused itself', () => {
    expect(decideRecovery({ kind: 'gone', reason: 'clean-exit' }, [], false)).toEqual({ action: 'ignore' });
    expect(decideRecovery({ kind: 'gone', reason: 'killed' }, [], true)).toEqual({ action: 'ignore' });
  });

  it('offers waiting or reloading for a hung window', () => {
    expect(decideRecovery({ kind: 'unresponsive' }, [], false)).toEqual({ action: 'offer-wait-or-reload' });
  });

  it('offers only quitting for a damaged install and for a crash loop', () => {
    expect(decideRecovery({ kind: 'gone', reason: 'integrity-failure' }, [1], false)).toEqual({
      action: 'offer-quit',
      cause: 'damaged-install',
    });
    const reason: RendererGoneReason = 'crashed';
    expect(decideRecovery({ kind: 'gone', reason }, [1, 2, 3], false)).toEqual({
      action: 'offer-quit',
      cause: 'crash-loop',
    });
  });
});

describe('recordCrash', () => {
  it('keeps only crashes within the crash-loop window', () => {
    const now = 1_000_000;
    expect(recordCrash([now - CRASH_LOOP_WINDOW_MS - 1, now - 10], now)).toEqual([now - 10, now]);
    let history: number[] = [];
    // Three crashes a minute apart never add up to a loop; three within a minute do.
    for (const time of [0, CRASH_LOOP_WINDOW_MS, 2 * CRASH_LOOP_WINDOW_MS])
      history = recordCrash(history, time);
    expect(decideRecovery({ kind: 'gone', reason: 'crashed' }, history, false).action).toBe('offer-reload');
    history = [];
    for (const time of [0, 1_000, 2_000]) history = recordCrash(history, time);
    expect(decideRecovery({ kind: 'gone', reason: 'crashed' }, history, false).action).toBe('offer-quit');
  });
});
