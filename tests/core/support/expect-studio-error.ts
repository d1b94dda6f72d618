import { expect } from 'vitest';
import { StudioError, type ErrorCode } from '../../../src/shared/errors';

/** Runs `work` and returns the StudioError it throws (or rejects with), failing if it has another code. */
export async function expectStudioError(work: () => unknown, code: ErrorCode): Promise<StudioError> {
  let caught: unknown;
  try {
    await work();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StudioError);
  const error = caught as StudioError;
  expect(error.code, error.message).toBe(code);
  return error;
}
