import type { CoreInput, CoreOutput } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { IdleSessionSlot } from '../../jobs/idle-session-slot';
import type { DatasetStore } from '../dataset-store';
import { StreamingTableBuilder } from './streaming-table-builder';

/**
 * 10 minutes without a chunk: an import is then taken for abandoned (a closed tab, a crashed renderer) and its
 * rows are freed. A live import sends a chunk every few hundred milliseconds.
 */
export const IMPORT_IDLE_MS = 10 * 60 * 1000;

interface Session {
  readonly builder: StreamingTableBuilder;
  readonly sampled: boolean;
}

/**
 * The streamed imports of one core (at most one at a time): begun, fed chunk by chunk, then finished into the
 * data set store or aborted. A failing chunk drops its import, never a data set opened before; an import
 * left idle for IMPORT_IDLE_MS, or still open when another begins, is dropped, so memory stays bounded.
 */
export class ImportSessions {
  private readonly sessions: IdleSessionSlot<Session>;

  constructor(
    private readonly datasets: DatasetStore,
    now: () => number = Date.now,
  ) {
    this.sessions = new IdleSessionSlot('import', IMPORT_IDLE_MS, now);
  }

  /** Starts an import (dropping any other); fails at once for an unsupported file name or sample. */
  begin(input: CoreInput<'beginImport'>): CoreOutput<'beginImport'> {
    const { fileName, encoding, lenient, sample } = input;
    const builder = new StreamingTableBuilder(fileName, { encoding, lenient, sample });
    return { importId: this.sessions.open({ builder, sampled: sample !== null }) };
  }

  /** Reads one chunk; a StudioError (bad data, with its line) drops the import and is rethrown. */
  append(input: CoreInput<'appendImport'>): CoreOutput<'appendImport'> {
    const session = this.session(input.importId);
    try {
      session.builder.push(input.bytes);
    } catch (error) {
      this.sessions.drop(input.importId);
      throw error;
    }
    return { bytesRead: session.builder.bytesRead, rows: session.builder.rowsRead };
  }

  /** Ends the file and opens its data set; the import is gone afterwards, whatever the outcome. */
  finish(input: CoreInput<'finishImport'>): CoreOutput<'finishImport'> {
    const session = this.session(input.importId);
    this.sessions.drop(input.importId);
    const { table, rowsRead } = session.builder.finish();
    const preview = this.datasets.add(table);
    return { ...preview, rowsRead, sampled: session.sampled && preview.rowCount < rowsRead };
  }

  /** Drops an import (Cancel); false when there is none by that id (already finished, failed or dropped). */
  abort(input: CoreInput<'abortImport'>): CoreOutput<'abortImport'> {
    return { aborted: this.sessions.drop(input.importId) };
  }

  /** How many imports are open (for tests of the bounds). */
  get open(): number {
    return this.sessions.size;
  }

  private session(importId: string): Session {
    const session = this.sessions.use(importId);
    if (session === undefined) {
      throw new StudioError(
        'invalid-arguments',
        `There is no open import "${importId}": it finished, failed, was cancelled or was left idle; open the file again.`,
        { importId },
      );
    }
    return session;
  }
}
