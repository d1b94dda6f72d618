import type { MapResult } from '../shared/contract';
import { csvRecord } from './csv-writer';

/**
 * The CLI's output table: `id,text,label,x,y[,z]`, one row per mapped item, ids 1-based in input order
 * (after empty texts were skipped), coordinates at full float32 precision, CRLF-free UTF-8.
 */
export function coordsToCsv(result: MapResult): string {
  const axes = result.dims === 3 ? ['x', 'y', 'z'] : ['x', 'y'];
  const lines = [csvRecord(['id', 'text', 'label', ...axes])];
  for (let row = 0; row < result.count; row++) {
    const coordinates = axes.map((_axis, axis) => String(result.coords[row * result.dims + axis]));
    lines.push(
      csvRecord([String(row + 1), result.texts[row] ?? '', result.labels[row] ?? '', ...coordinates]),
    );
  }
  return `${lines.join('\n')}\n`;
}
