import type { RecentDocument } from '../shared/contract';

/**
 * Files the OS asked the app to open, on their way to the page. A request that comes before the page listens
 * (the file that launched the app) waits until the page takes the queue; later ones are sent at once. A
 * reloaded page listens anew, so {@link pageUnloaded} queues again until it does.
 */
export class OpenRequests {
  private pending: RecentDocument[] = [];
  private listening = false;

  constructor(private readonly send: (document: RecentDocument) => boolean) {}

  /** Delivers `document` now if the page listens (and `send` reached it), else queues it. */
  push(document: RecentDocument): void {
    if (this.listening && this.send(document)) return;
    this.pending.push(document);
  }

  /** The page now listens: the queued requests, oldest first, and the queue is emptied. */
  take(): RecentDocument[] {
    this.listening = true;
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** The page is gone or reloading: queue until it listens again. */
  pageUnloaded(): void {
    this.listening = false;
  }
}
