import { describe, expect, it } from 'vitest';
import { IdleSessionSlot } from '../../../src/core/jobs/idle-session-slot';

describe('IdleSessionSlot', () => {
  it('holds one session at a time: opening another drops the first', () => {
    const slot = new IdleSessionSlot<string>('upload', 1000, () => 0);
    const first = slot.open('a');
    const second = slot.open('b');
    expect(first).not.toBe(second);
    expect(first.startsWith('upload-')).toBe(true);
    expect(slot.use(first)).toBeUndefined();
    expect(slot.use(second)).toBe('b');
    expect(slot.size).toBe(1);
  });

  it('drops a session idle for longer than its limit, and each use restarts the clock', () => {
    let now = 0;
    const slot = new IdleSessionSlot<number>('import', 1000, () => now);
    const id = slot.open(7);
    now = 900;
    expect(slot.use(id)).toBe(7);
    now = 1800;
    expect(slot.use(id)).toBe(7);
    now = 2801;
    expect(slot.use(id)).toBeUndefined();
    expect(slot.size).toBe(0);
  });

  it('drop says whether there was a session by that id', () => {
    const slot = new IdleSessionSlot<number>('import', 1000, () => 0);
    const id = slot.open(1);
    expect(slot.drop(id)).toBe(true);
    expect(slot.drop(id)).toBe(false);
  });

  it('hands every dropped session to onDrop (replaced, idle or dropped), but not a released one', () => {
    let now = 0;
    const dropped: string[] = [];
    const slot = new IdleSessionSlot<string>(
      'load',
      1000,
      () => now,
      (value) => dropped.push(value),
    );
    slot.open('replaced');
    const idle = slot.open('idle');
    now = 1500;
    expect(slot.use(idle)).toBeUndefined();
    const aborted = slot.open('aborted');
    expect(slot.drop(aborted)).toBe(true);
    const finished = slot.open('finished');
    expect(slot.release(finished)).toBe(true);
    expect(slot.size).toBe(0);
    expect(dropped).toEqual(['replaced', 'idle', 'aborted']);
  });
});
