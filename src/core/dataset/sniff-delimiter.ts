import { parseCsv } from './csv-parser';

/** Delimiters a `.csv` file may use, in order of preference on a tie. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** 20 records show the pattern of a table without reading a large file twice. */
const SNIFF_RECORDS = 20;

/** How well `delimiter` explains the head of the file: 0 when it splits nothing, else higher is better. */
function score(text: string, delimiter: CsvDelimiter): number {
  let records;
  try {
    records = parseCsv(text, { delimiter, fileName: '', maxRecords: SNIFF_RECORDS });
  } catch {
    return 0;
  }
  const header = records[0];
  if (header === undefined || header.fields.length < 2) return 0;
  const width = header.fields.length;
  const consistent = records.filter((record) => record.fields.length === width).length / records.length;
  // Consistency dominates; among equally consistent candidates, the one that yields more columns wins.
  return consistent * 1000 + width;
}

/**
 * Picks the delimiter of a `.csv` file among `,` `;` and tab: the one that splits the header into the most
 * columns while keeping the following records the same width. Excel in Russian and German locales writes
 * `;`, so guessing matters. A single-column file gets `,` (it contains none of them).
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const candidate = score(text, delimiter);
    if (candidate > bestScore) {
      best = delimiter;
      bestScore = candidate;
    }
  }
  return best;
}
