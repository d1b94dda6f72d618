import { createRandom } from '../../../../src/core/math/random';

/** Labels of unequal sizes, one with a comma and quotes (read from a quoted cell). */
const LABELS = ['кошка', 'dog', 'quoted, "label"', 'мышь', 'x'];

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A seeded CSV of `rows` data rows with what a reader must get right around sampling: quoted texts holding
 * commas, doubled quotes and line breaks, blank lines and all-empty records (skipped without drawing a key),
 * Cyrillic, and every fifth record ending in CRLF. The first column is the row's id.
 */
export function sampleFileText(rows: number, seed: number): string {
  const random = createRandom(seed);
  let text = 'id,text,label,score\n';
  for (let id = 0; id < rows; id++) {
    const kind = Math.floor(random.next() * 10);
    const words = `слово ${id} word`;
    const cell = kind === 0 ? `${words}, "quoted"\r\nline two` : kind === 1 ? `${words}, comma` : words;
    const draw = Math.floor(random.next() * 15);
    const label = LABELS[draw < 1 ? 0 : draw < 3 ? 1 : draw < 6 ? 2 : draw < 10 ? 3 : 4] ?? '';
    const end = id % 5 === 0 ? '\r\n' : '\n';
    text += `${id},${csvCell(cell)},${csvCell(label)},${random.next().toFixed(4)}${end}`;
    if (id % 97 === 0) text += '\n';
    if (id % 211 === 0) text += ',,,\n';
  }
  return text;
}
