import { describe, expect, it } from 'vitest';
import { describeTasks, longestTasks, type TraceEvent } from './trace-tasks';

const MAIN = { pid: 7, tid: 1 };
const OTHER = { pid: 7, tid: 2 };

function x(name: string, ts: number, dur: number, where = MAIN, functionName?: string): TraceEvent {
  return {
    name,
    ph: 'X',
    ...where,
    ts,
    dur,
    args: functionName === undefined ? {} : { data: { functionName } },
  };
}

const events: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ...OTHER, ts: 0, args: { name: 'Compositor' } },
  // A 70 ms task: a timer whose script spends 40 ms, 25 of them in a minor GC; 5 ms of the task is uncovered.
  { ...x('RunTask', 1000, 70_000), tdur: 30_000 },
  x('TimerFire', 1000, 65_000),
  x('FunctionCall', 1000, 40_000, MAIN, 'setData'),
  x('MinorGC', 10_000, 25_000),
  x('Paint', 41_000, 20_000),
  // A 12 ms task and a longer task on another thread, which is not the page's main thread.
  x('RunTask', 100_000, 12_000),
  x('FireAnimationFrame', 100_000, 12_000, MAIN, 'draw'),
  x('RunTask', 200_000, 90_000, OTHER),
];

describe('longestTasks', () => {
  it('breaks the longest main-thread tasks into self times, innermost event first', () => {
    const tasks = longestTasks(events, 3);
    expect(tasks.map((task) => task.ms)).toEqual([70, 12]);
    expect(tasks.map((task) => task.cpuMs)).toEqual([30, NaN]);
    expect(tasks[0]?.parts).toEqual([
      { name: 'MinorGC', ms: 25 },
      { name: 'Paint', ms: 20 },
      { name: 'FunctionCall(setData)', ms: 15 },
      { name: 'RunTask', ms: 5 },
      { name: 'TimerFire', ms: 5 },
    ]);
    expect(tasks[1]?.parts).toEqual([{ name: 'FireAnimationFrame(draw)', ms: 12 }]);
    expect(describeTasks(tasks, 2)).toEqual([
      '70.0 ms (on CPU 30.0 ms): MinorGC 25.0, Paint 20.0',
      '12.0 ms (on CPU n/a): FireAnimationFrame(draw) 12.0',
    ]);
  });

  it('finds nothing without a renderer main thread', () => {
    expect(longestTasks(events.slice(2), 3)).toEqual([]);
  });
});
