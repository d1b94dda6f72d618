import type { ExportTable } from './export-table';

/**
 * The table as JSON Lines: one JSON object per item and line (`{"text": …, "label": …, "x": …}`), in the
 * header's key order. Text stays text (no formula guard: JSON is not opened by spreadsheets as formulas),
 * coordinates are numbers, and a coordinate that is not finite becomes null (JSON has no NaN).
 */
export function writeJsonl(table: ExportTable): string {
  return table.rows
    .map((row) => {
      const item: Record<string, string | number | null> = {};
      table.header.forEach((name, position) => {
        const cell = row[position] ?? null;
        item[name] = typeof cell === 'number' && !Number.isFinite(cell) ? null : cell;
      });
      return JSON.stringify(item);
    })
    .map((line) => `${line}\n`)
    .join('');
}
