import { describe, expect, it } from 'vitest';
import {
  closedCleanly,
  hasRecoverParam,
  recoveryDecision,
} from '../../../src/renderer/src/state/recovery-decision';

const AUTOSAVE = { savedAt: 1_700_000_000_000, items: 30, datasetName: 'words.csv' };

describe('recoveryDecision', () => {
  it('asks after a session that did not close cleanly, and not after a clean close', () => {
    expect(recoveryDecision({ autosave: AUTOSAVE, closedCleanly: false, recoverParam: false })).toBe('ask');
    expect(recoveryDecision({ autosave: AUTOSAVE, closedCleanly: true, recoverParam: false })).toBe('none');
  });

  it('restores without asking with ?recover=1, and never offers what does not exist', () => {
    expect(recoveryDecision({ autosave: AUTOSAVE, closedCleanly: true, recoverParam: true })).toBe('restore');
    expect(recoveryDecision({ autosave: null, closedCleanly: false, recoverParam: true })).toBe('none');
  });
});

describe('the session flag and the URL', () => {
  it('reads a session still marked open as a crash; no flag is a first start', () => {
    expect(closedCleanly('open')).toBe(false);
    expect(closedCleanly('closed')).toBe(true);
    expect(closedCleanly(null)).toBe(true);
  });

  it('recognises ?recover=1 among other parameters', () => {
    expect(hasRecoverParam('?token=abc&recover=1')).toBe(true);
    expect(hasRecoverParam('?recover=true')).toBe(true);
    expect(hasRecoverParam('?recover=0')).toBe(false);
    expect(hasRecoverParam('')).toBe(false);
  });
});
