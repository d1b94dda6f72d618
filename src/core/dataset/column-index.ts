import { StudioError } from '../../shared/errors';
import type { Table } from './table';

/** The index of a column by name; `unknown-column` names the file and lists the columns it has. */
export function columnIndex(table: Table, column: string): number {
  const index = table.columns.indexOf(column);
  if (index >= 0) return index;
  const available = table.columns.map((name) => `"${name}"`).join(', ');
  throw new StudioError(
    'unknown-column',
    `${table.name} has no column "${column}"; its columns are ${available}.`,
    {
      file: table.name,
      column,
      available: table.columns.join(', '),
    },
  );
}
