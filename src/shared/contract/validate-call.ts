import type { z } from 'zod';
import { StudioError } from '../errors';
import { coreCalls, isCoreCallName, type CoreCallName, type CoreInput } from './core-calls';

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'input' : path.map(String).join('.');
}

/**
 * Checks a call's name and input against the contract at a process boundary, and returns the typed input.
 * Throws `unknown-call` for names the contract does not declare, and `invalid-arguments` naming the call and
 * the first offending field, e.g. `startMap: "dims" is invalid: Invalid input: expected 2 or 3.`
 */
export function validateCallInput<Name extends CoreCallName>(name: Name, input: unknown): CoreInput<Name>;
export function validateCallInput(name: string, input: unknown): CoreInput<CoreCallName>;
export function validateCallInput(name: string, input: unknown): CoreInput<CoreCallName> {
  if (!isCoreCallName(name)) {
    throw new StudioError('unknown-call', `Unknown call "${name}".`, { call: name });
  }
  // Each entry's schema infers exactly its CoreInput; TypeScript cannot follow that through the index.
  const schema = coreCalls[name].input as unknown as z.ZodType<CoreInput<CoreCallName>>;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fieldName(issue?.path ?? []);
  const more =
    parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '';
  throw new StudioError(
    'invalid-arguments',
    `${name}: "${field}" is invalid: ${issue?.message ?? 'unexpected value'}${more}.`,
    { call: name, field },
  );
}
