import {
  StreamingTableBuilder,
  type StreamingImportOptions,
  type StreamedTable,
} from '../../../../src/core/dataset/streaming/streaming-table-builder';

/** Streams `bytes` into a builder cut at `cuts` (byte offsets, any order, out-of-range ones ignored). */
export function streamBytes(
  fileName: string,
  bytes: Uint8Array,
  cuts: readonly number[],
  options: StreamingImportOptions = {},
): StreamedTable {
  const builder = new StreamingTableBuilder(fileName, options);
  const points = [...new Set(cuts.filter((cut) => cut > 0 && cut < bytes.length))].sort((a, b) => a - b);
  let start = 0;
  for (const cut of [...points, bytes.length]) {
    builder.push(bytes.subarray(start, cut));
    start = cut;
  }
  return builder.finish();
}

/** What a parse ended with: the table, or the error's code and message (to compare two readers). */
export function outcome(parse: () => unknown): unknown {
  try {
    return { ok: parse() };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { code, message };
  }
}

/**
 * Whether two outcomes agree: equal tables, or errors with the same code. With several errors in one file
 * the streamed reader reports the first in file order, while the whole-file parser may report a later
 * one of another kind first (it reads every record before checking widths), so messages may differ then.
 */
export function sameOutcome(actual: unknown, expected: unknown): boolean {
  const code = (value: unknown): unknown => (value as { code?: unknown }).code;
  if (code(expected) !== undefined || code(actual) !== undefined) return code(actual) === code(expected);
  return JSON.stringify(actual) === JSON.stringify(expected);
}
