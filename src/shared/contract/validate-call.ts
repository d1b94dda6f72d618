import { StudioError } from '../errors';
import { coreCalls, isCoreCallName, type CoreCallName, type CoreInput } from './core-calls';

/**
 * Checks a call's name and input against the contract at a process boundary, and returns the typed input.
 * Throws `unknown-call` for names the contract does not declare and `invalid-arguments` naming each bad field.
 */
export function validateCallInput<Name extends CoreCallName>(name: Name, input: unknown): CoreInput<Name>;
export function validateCallInput(name: string, input: unknown): CoreInput<CoreCallName>;
export function validateCallInput(name: string, input: unknown): CoreInput<CoreCallName> {
  if (!isCoreCallName(name)) {
    throw new StudioError('unknown-call', `Unknown call "${name}".`, { call: name });
  }
  const parsed = coreCalls[name].input.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
      .join('; ');
    throw new StudioError('invalid-arguments', `Invalid arguments for ${name}: ${problems}.`, {
      call: name,
      problems,
    });
  }
  return parsed.data;
}
