import type { CoreInput, CoreOutput } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { Cooperation } from '../../jobs/cooperation';
import { IdleSessionSlot } from '../../jobs/idle-session-slot';
import type { EmbedderRegistry } from '../embedder-registry';
import { sliceBytes, WordVectorParser } from './word-vector-parser';
import { WordVectorsEmbedder } from './word-vectors-embedder';

/**
 * 10 minutes without a chunk: a load is then taken for abandoned (a closed tab, a crashed renderer) and its
 * vectors are freed. A live load sends a chunk every fraction of a second.
 */
export const VECTORS_LOAD_IDLE_MS = 10 * 60 * 1000;

/**
 * 1 MiB: an appended chunk (up to 16 MiB) is parsed in slices of this size with a cooperation checkpoint
 * between them, so an abort (or any other call to the same worker) is answered within one slice.
 */
const PARSE_SLICE_BYTES = 1 << 20;

interface Session {
  readonly fileName: string;
  readonly parser: WordVectorParser;
  readonly controller: AbortController;
  readonly cooperation: Cooperation;
  bytesRead: number;
  /** The chunk being parsed; the next append (or the finish) waits for it, so chunks are parsed in order. */
  tail: Promise<void>;
}

function cancelled(fileName: string): StudioError {
  return new StudioError('cancelled', `Loading ${fileName} was cancelled.`, { file: fileName });
}

/**
 * The streamed word-vector loads of one core (at most one at a time): begun, fed chunk by chunk, then
 * finished into an embedder or aborted. Each session drives the same push parser that `parseWordVectors`
 * loops over (it needs the word count between chunks for the progress bar), one chunk per append: the
 * append answers once its chunk is consumed, so the caller never runs ahead and memory holds one chunk and
 * the vectors. A failing chunk drops its load and never touches an embedder loaded before; a load left idle
 * for VECTORS_LOAD_IDLE_MS, or still open when another begins, is aborted, so memory stays bounded.
 */
export class VectorsLoadSessions {
  private readonly sessions: IdleSessionSlot<Session>;
  /** A check for idle loads while any is open: an abandoned load can hold a gigabyte of vectors. */
  private sweep: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly embedders: EmbedderRegistry,
    now: () => number = Date.now,
  ) {
    // A dropped load (replaced, idle, aborted or failed) stops its parse at the next slice.
    this.sessions = new IdleSessionSlot<Session>('vectors-load', VECTORS_LOAD_IDLE_MS, now, (session) => {
      session.controller.abort();
    });
  }

  /** Starts a load, aborting any other (its parse stops at its next slice and its vectors are freed). */
  begin(input: CoreInput<'beginVectorsLoad'>): CoreOutput<'beginVectorsLoad'> {
    const { fileName, maxWords, lenient } = input;
    const controller = new AbortController();
    const loadId = this.sessions.open({
      fileName,
      parser: new WordVectorParser({ fileName, maxWords, lenient }),
      controller,
      cooperation: new Cooperation(controller.signal),
      bytesRead: 0,
      tail: Promise.resolve(),
    });
    this.scheduleSweep();
    return { loadId };
  }

  /**
   * Parses one chunk and answers when it is consumed. Once the word limit is reached, chunks are acknowledged
   * (counted in `bytesRead`) and ignored. A StudioError (a malformed line, with its line number, or the load
   * cancelled meanwhile) drops the load and is rethrown.
   */
  async append(input: CoreInput<'appendVectorsLoad'>): Promise<CoreOutput<'appendVectorsLoad'>> {
    const session = this.session(input.loadId);
    const parse = session.tail.then(() => this.consume(session, input.bytes));
    session.tail = parse.catch(() => undefined);
    try {
      await parse;
    } catch (error) {
      const wasAborted = session.controller.signal.aborted;
      this.sessions.drop(input.loadId);
      throw wasAborted ? cancelled(session.fileName) : error;
    }
    // Used again now that the chunk is parsed (a big one takes a while), unless dropped meanwhile.
    this.sessions.use(input.loadId);
    return { bytesRead: session.bytesRead, words: session.parser.words, full: session.parser.done };
  }

  /**
   * Ends the file and offers its vectors as the embedder `vectors:<file name>`, replacing one of the same
   * name (the rule `loadWordVectors` follows). The load is gone afterwards, whatever the outcome.
   */
  async finish(input: CoreInput<'finishVectorsLoad'>): Promise<CoreOutput<'finishVectorsLoad'>> {
    const session = this.session(input.loadId);
    await session.tail;
    // The last append may have failed, or an abort come in, while this call waited for it.
    if (this.sessions.use(input.loadId) !== session) {
      throw session.controller.signal.aborted ? cancelled(session.fileName) : this.missing(input.loadId);
    }
    this.sessions.release(input.loadId);
    const parsed = session.parser.finish();
    const embedder = new WordVectorsEmbedder(session.fileName, parsed.vectors);
    this.embedders.set(embedder);
    return {
      embedder: embedder.info,
      words: parsed.vectors.rows,
      dimension: parsed.vectors.dimension,
      skippedLines: parsed.skippedLines,
    };
  }

  /** Cancels a load (its parse stops within one slice) and frees it; false when there is none by that id. */
  abort(input: CoreInput<'abortVectorsLoad'>): CoreOutput<'abortVectorsLoad'> {
    this.sessions.dropIdle();
    return { aborted: this.sessions.drop(input.loadId) };
  }

  /** How many loads are open (for tests of the bounds). */
  get open(): number {
    return this.sessions.size;
  }

  private async consume(session: Session, bytes: Uint8Array): Promise<void> {
    session.bytesRead += bytes.length;
    for (const slice of sliceBytes(bytes, PARSE_SLICE_BYTES)) {
      if (session.parser.done) return; // the word limit is reached: the rest of the file is ignored
      session.cooperation.throwIfCancelled();
      session.parser.push(slice);
      await session.cooperation.checkpoint();
    }
  }

  private session(loadId: string): Session {
    const session = this.sessions.use(loadId);
    if (session === undefined) throw this.missing(loadId);
    return session;
  }

  private missing(loadId: string): StudioError {
    return new StudioError(
      'invalid-arguments',
      `There is no open word-vector load "${loadId}": it finished, failed, was cancelled or was left idle; load the file again.`,
      { loadId },
    );
  }

  /** Checks for idle loads every VECTORS_LOAD_IDLE_MS while one is open: an abandoned one is freed within twice that. */
  private scheduleSweep(): void {
    if (this.sweep !== null) return;
    this.sweep = setTimeout(() => {
      this.sweep = null;
      if (this.sessions.size > 0) this.scheduleSweep();
    }, VECTORS_LOAD_IDLE_MS);
    // In Node, the check alone must not keep a process (the CLI, a test run) alive.
    (this.sweep as { unref?: () => void }).unref?.();
  }
}
