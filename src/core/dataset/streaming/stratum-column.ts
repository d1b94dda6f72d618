import { StudioError } from '../../../shared/errors';
import type { StreamOptions } from './stream-options';

/**
 * The index of the column a sample is stratified by, or -1 when it is not stratified. An unknown column
 * fails as soon as the columns are known (the header), not after reading the whole file.
 */
export function stratumColumn(options: StreamOptions, columns: readonly string[]): number {
  const name = options.sample?.stratifyBy ?? null;
  if (name === null) return -1;
  const index = columns.indexOf(name);
  if (index >= 0) return index;
  throw new StudioError(
    'unknown-column',
    `Cannot stratify the sample by "${name}": ${options.fileName} has no such column; its columns are: ${columns.join(', ')}.`,
    { file: options.fileName, column: name },
  );
}
