import { useEffect, useState } from 'react';

/**
 * `value`, but only after it has stayed the same for `delayMs`: typing a search over a million texts runs the
 * matcher once per pause, not once per key. The first value is returned at once.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSettled(value);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [value, delayMs]);
  return settled;
}
