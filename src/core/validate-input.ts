import type { z } from 'zod';
import { coreCalls, type CoreCallName, type CoreInput } from '../shared/contract';
import { StudioError } from '../shared/errors';

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'input' : path.map(String).join('.');
}

/**
 * Checks a call's input against its schema in the contract and returns the parsed value. On failure throws
 * `invalid-arguments` naming the call and the first offending field, e.g.
 * `startMap: "dims" is invalid: Invalid input: expected 2 or 3.`
 */
export function validateInput<Name extends CoreCallName>(name: Name, input: unknown): CoreInput<Name> {
  // Each entry's schema infers exactly CoreInput<Name>; TypeScript cannot follow that through the index.
  const schema = coreCalls[name].input as unknown as z.ZodType<CoreInput<Name>>;
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
