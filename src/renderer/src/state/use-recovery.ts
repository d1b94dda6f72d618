import { useEffect, useRef, useState } from 'react';
import type { DisplayError } from '../i18n/translate-error';
import { clearAutosave, readAutosaveMeta, readAutosaveProject, type AutosaveMeta } from './autosave-store';
import { PROJECT_FILE_EXTENSION } from './project-files';
import {
  closedCleanly,
  hasRecoverParam,
  recoveryDecision,
  SESSION_FLAG_KEY,
  type RecoveryDecision,
} from './recovery-decision';

/** The recovery question and its answers. */
export interface Recovery {
  /** The autosave to offer (shown as the question), or null when there is nothing to ask. */
  readonly offer: AutosaveMeta | null;
  /** False until the start-up check has decided: autosave waits, so it cannot overwrite what is offered. */
  readonly decided: boolean;
  readonly restore: () => void;
  readonly discard: () => void;
}

/** What the recovery needs from the workflow. */
export interface RecoveryWorkflow {
  /** True once the first map of the start-up has finished (or failed): a restore then is not overwritten. */
  readonly settled: boolean;
  readonly openProject: (file: File) => void;
  readonly reportError: (error: DisplayError) => void;
}

function readFlag(): string | null {
  try {
    return localStorage.getItem(SESSION_FLAG_KEY);
  } catch {
    return null;
  }
}

function writeFlag(value: 'open' | 'closed'): void {
  try {
    localStorage.setItem(SESSION_FLAG_KEY, value);
  } catch {
    // Without storage the next start cannot tell a crash from a clean close; it then asks nothing.
  }
}

/**
 * At start: marks the session open (closed again on `pagehide`), and offers the autosave of a session that
 * did not close cleanly — or restores it at once with `?recover=1`. A restore waits until the start-up map
 * has settled, so that map cannot replace the restored one.
 */
export function useRecovery(workflow: RecoveryWorkflow): Recovery {
  const [decision, setDecision] = useState<RecoveryDecision | null>(null);
  const [offer, setOffer] = useState<AutosaveMeta | null>(null);
  const [wanted, setWanted] = useState(false);
  const restoring = useRef(false);
  const latest = useRef(workflow);
  useEffect(() => {
    latest.current = workflow;
  });
  useEffect(() => {
    const cleanly = closedCleanly(readFlag());
    writeFlag('open');
    const close = (): void => {
      writeFlag('closed');
    };
    window.addEventListener('pagehide', close);
    readAutosaveMeta()
      .catch(() => null)
      .then(
        (autosave) => {
          const decided = recoveryDecision({
            autosave,
            closedCleanly: cleanly,
            recoverParam: hasRecoverParam(window.location.search),
          });
          setOffer(decided === 'ask' ? autosave : null);
          setWanted(decided === 'restore');
          setDecision(decided === 'restore' ? 'ask' : decided);
        },
        () => undefined,
      );
    return () => {
      window.removeEventListener('pagehide', close);
    };
  }, []);
  const { settled } = workflow;
  useEffect(() => {
    if (!wanted || !settled || restoring.current) return;
    restoring.current = true;
    readAutosaveProject()
      .then((bytes) => {
        if (bytes === null) throw new Error('the autosave is empty');
        latest.current.openProject(new File([bytes], `recovered${PROJECT_FILE_EXTENSION}`));
      })
      .catch((cause: unknown) => {
        const reason = cause instanceof Error ? cause.message : String(cause);
        latest.current.reportError({
          code: 'autosave-failed',
          message: `The previous session could not be restored (${reason}).`,
          params: { reason },
        });
      })
      .finally(() => {
        setWanted(false);
        setDecision('none');
      });
  }, [wanted, settled]);
  return {
    offer: wanted ? null : offer,
    decided: decision === 'none',
    restore: () => {
      setOffer(null);
      setWanted(true);
    },
    discard: () => {
      setOffer(null);
      void clearAutosave()
        .catch(() => undefined)
        .finally(() => {
          setDecision('none');
        });
    },
  };
}
