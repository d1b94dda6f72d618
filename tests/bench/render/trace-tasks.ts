/**
 * Reads a Chrome trace (the JSON `browser.stopTracing()` returns) and says what the longest main-thread tasks
 * of the page were made of: garbage collection, script (with its function), WebGL waits, painting. A
 * PerformanceObserver only reports that a task took over 50 ms; the trace says why.
 */

/** The fields of a trace event this reader uses (Chrome's Trace Event Format). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Start, in microseconds. */
  readonly ts: number;
  /** Duration of a complete ('X') event, in microseconds. */
  readonly dur?: number;
  /**
   * The thread's CPU time during the event (µs), where Chrome records it: far below `dur` means the thread
   * waited (descheduled on a busy machine, or blocked on the GPU process), not that it worked.
   */
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly functionName?: string } };
}

/** One long task: its length and where its time went (self time per kind of work, longest first). */
export interface TaskBreakdown {
  readonly ms: number;
  /** The main thread's CPU time in the task (ms), or NaN where the trace has none. */
  readonly cpuMs: number;
  readonly parts: readonly { readonly name: string; readonly ms: number }[];
}

/** The scheduler's events that wrap one whole task of a thread. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Parts shorter than this (ms) are left out of a breakdown: they explain nothing about a 50 ms task. */
const MIN_PART_MS = 0.5;

/** A complete event with its children's total, for self time. */
interface Node {
  readonly event: TraceEvent;
  readonly end: number;
  childUs: number;
}

/** The name a part is reported under: a script call names its function. */
function partName(event: TraceEvent): string {
  const fn = event.args?.data?.functionName;
  return fn !== undefined && fn !== '' ? `${event.name}(${fn})` : event.name;
}

/** The page's main thread: the renderer main thread ('CrRendererMain') with the most task time. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set<string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      mains.add(`${event.pid}:${event.tid}`);
  }
  const busy = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph === 'X' && TASK_NAMES.has(event.name) && mains.has(key))
      busy.set(key, (busy.get(key) ?? 0) + (event.dur ?? 0));
  }
  const [best] = [...busy.entries()].sort((a, b) => b[1] - a[1]);
  if (best === undefined) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: pid ?? 0, tid: tid ?? 0 };
}

/**
 * The `count` longest tasks of the page's main thread, each broken down into the self time of the events
 * inside it (a nested event's time counts once, in the innermost event that holds it; time no event inside
 * the task covers is reported as 'RunTask').
 */
export function longestTasks(events: readonly TraceEvent[], count: number): TaskBreakdown[] {
  const thread = mainThread(events);
  if (thread === null) return [];
  const complete = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined)
    // Parents before their children: earlier start first, and the longer of two that start together.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: { node: Node; selfByName: Map<string, number> }[] = [];
  const stack: Node[] = [];
  let current: { node: Node; selfByName: Map<string, number> } | null = null;
  const close = (node: Node): void => {
    if (current === null) return;
    const self = Math.max(0, (node.event.dur ?? 0) - node.childUs);
    const name = partName(node.event);
    current.selfByName.set(name, (current.selfByName.get(name) ?? 0) + self);
  };
  for (const event of complete) {
    const end = event.ts + (event.dur ?? 0);
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= event.ts) close(stack.pop() as Node);
    const node: Node = { event, end, childUs: 0 };
    const parent = stack.at(-1);
    if (parent === undefined) {
      if (!TASK_NAMES.has(event.name)) continue;
      current = { node, selfByName: new Map() };
      tasks.push(current);
    } else parent.childUs += event.dur ?? 0;
    stack.push(node);
  }
  while (stack.length > 0) close(stack.pop() as Node);
  return tasks
    .sort((a, b) => (b.node.event.dur ?? 0) - (a.node.event.dur ?? 0))
    .slice(0, count)
    .map(({ node, selfByName }) => ({
      ms: (node.event.dur ?? 0) / 1000,
      cpuMs: (node.event.tdur ?? NaN) / 1000,
      parts: [...selfByName.entries()]
        .map(([name, us]) => ({ name, ms: us / 1000 }))
        .filter((part) => part.ms >= MIN_PART_MS)
        .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name)),
    }));
}

/** One line per task: "68.0 ms (on CPU 30.2 ms): MinorGC 31.2, FunctionCall(draw) 20.1, …". */
export function describeTasks(tasks: readonly TaskBreakdown[], partsPerTask = 5): string[] {
  return tasks.map(
    (task) =>
      `${task.ms.toFixed(1)} ms (on CPU ${Number.isNaN(task.cpuMs) ? 'n/a' : `${task.cpuMs.toFixed(1)} ms`}): ` +
      task.parts
        .slice(0, partsPerTask)
        .map((part) => `${part.name} ${part.ms.toFixed(1)}`)
        .join(', '),
  );
}
