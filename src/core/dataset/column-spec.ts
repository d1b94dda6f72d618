import { StudioError } from '../../shared/errors';

/** `x1..x384`: a prefix, then a numbered range of columns. */
const RANGE = /^(.*?)(\d+)\.\.\1?(\d+)$/;

function unknown(spec: string, missing: string, columns: readonly string[]): StudioError {
  return new StudioError(
    'unknown-column',
    `"${spec}" names the column "${missing}", which the data does not have; its columns are ${columns.join(', ')}.`,
    { column: missing, available: columns.join(', ') },
  );
}

/**
 * Turns a user's description of numeric columns into column names: `x1..x384` (a numbered range, the prefix
 * repeated or not after `..`), `x*` (every column starting with `x`, in file order) or `a,b,c` (a list).
 * Every named column must exist; a pattern that matches nothing is an error too.
 */
export function expandColumnSpec(spec: string, columns: readonly string[]): string[] {
  const trimmed = spec.trim();
  const range = RANGE.exec(trimmed);
  if (range !== null) {
    const [, prefix = '', from = '', to = ''] = range;
    const names: string[] = [];
    const step = Number(to) >= Number(from) ? 1 : -1;
    for (let n = Number(from); n !== Number(to) + step; n += step) names.push(`${prefix}${n}`);
    const missing = names.find((name) => !columns.includes(name));
    if (missing !== undefined) throw unknown(spec, missing, columns);
    return names;
  }
  if (trimmed.endsWith('*')) {
    const prefix = trimmed.slice(0, -1);
    const names = columns.filter((column) => column.startsWith(prefix));
    if (names.length === 0) throw unknown(spec, trimmed, columns);
    return names;
  }
  const names = trimmed.split(',').map((name) => name.trim());
  const missing = names.find((name) => !columns.includes(name));
  if (missing !== undefined) throw unknown(spec, missing, columns);
  return names;
}
