import {
  CORE_CALL_NAMES,
  isJobEndEvent,
  type CoreApi,
  type CoreCallName,
  type JobEvent,
  type JobEventListener,
} from '../../shared/contract';
import { StudioError, type StudioErrorInfo } from '../../shared/errors';
import { isCoreOutgoingMessage, type CoreCallMessage } from './core-messages';

interface PendingCall {
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: StudioError) => void;
}

/**
 * The host's side of the channel to a core in another thread or process: a typed {@link CoreApi} whose
 * calls become messages, plus the job-event feed. The owner feeds incoming messages to `handleMessage`, and
 * calls `failAll` when the other side died, so no caller waits forever and every running job ends.
 */
export class CoreRpcClient {
  readonly api: CoreApi;
  private readonly pending = new Map<number, PendingCall>();
  private readonly listeners = new Set<JobEventListener>();
  private readonly runningJobs = new Set<string>();
  /** Jobs that have ended; a late reply or straggling progress event must not revive them. */
  private readonly endedJobs = new Set<string>();
  private nextCallId = 1;

  constructor(private readonly send: (message: CoreCallMessage) => void) {
    const entries = CORE_CALL_NAMES.map(
      (name) => [name, (input: unknown) => this.call(name, input)] as const,
    );
    this.api = Object.fromEntries(entries) as unknown as CoreApi;
  }

  /** Subscribes to job events; returns the unsubscribe function. */
  onJobEvent(listener: JobEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Routes one message from the core: a reply settles its call, an event goes to every listener. */
  handleMessage(message: unknown): void {
    if (!isCoreOutgoingMessage(message)) return;
    if (message.kind === 'event') {
      this.trackJob(message.event);
      this.emit(message.event);
      return;
    }
    const pending = this.pending.get(message.callId);
    if (pending === undefined) return;
    this.pending.delete(message.callId);
    if (message.ok) pending.resolve(message.output);
    else pending.reject(StudioError.fromInfo(message.error));
  }

  /** The core is gone: reject every waiting call and end every running job with `error`. */
  failAll(error: StudioErrorInfo): void {
    for (const pending of this.pending.values()) pending.reject(StudioError.fromInfo(error));
    this.pending.clear();
    for (const jobId of [...this.runningJobs]) {
      this.endedJobs.add(jobId);
      this.emit({ type: 'failed', jobId, error });
    }
    this.runningJobs.clear();
    // The next instance numbers its jobs afresh (job-1, …): an id remembered from the dead one must not stop
    // the new job of the same name from being tracked. Nothing more arrives from the dead instance.
    this.endedJobs.clear();
  }

  private call(method: CoreCallName, input: unknown): Promise<unknown> {
    const callId = this.nextCallId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      this.pending.set(callId, { resolve, reject });
      try {
        this.send({ kind: 'call', callId, method, input });
      } catch (error) {
        this.pending.delete(callId);
        reject(new StudioError('worker-crashed', `Could not reach the compute process: ${String(error)}`));
      }
    });
    // Track a job as soon as its id is known (every call that starts one answers `{ jobId }`: maps, training,
    // downloads, clustering, evaluations), so a crash before its first event still ends it.
    return reply.then((output) => {
      const jobId = (output as { jobId?: unknown } | null)?.jobId;
      if (typeof jobId === 'string' && !this.endedJobs.has(jobId)) this.runningJobs.add(jobId);
      return output;
    });
  }

  private trackJob(event: JobEvent): void {
    if (!isJobEndEvent(event)) {
      if (!this.endedJobs.has(event.jobId)) this.runningJobs.add(event.jobId);
      return;
    }
    this.runningJobs.delete(event.jobId);
    this.endedJobs.add(event.jobId);
  }

  private emit(event: JobEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
