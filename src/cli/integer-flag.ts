import { UsageError } from './usage-error';

/**
 * A flag's whole-number value from `min` to `max`: decimal digits only (no sign, exponent, fraction or
 * spaces, which `Number()` would accept), else a {@link UsageError} that names the flag, the range and what
 * was given.
 */
export function integerFlag(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (/^\d+$/.test(text) && Number.isSafeInteger(value) && value >= min && value <= max) return value;
  // "from 1 to 9007199254740991" says less than "a positive integer".
  const range =
    min === 1 && max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from ${min} to ${max}`;
  throw new UsageError(`${flag} must be ${range}; got "${text}".`);
}

/** {@link integerFlag} from 1 to `max` (unbounded by default). */
export function positiveIntegerFlag(flag: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  return integerFlag(flag, text, 1, max);
}
