/** Quotes one CSV field per RFC 4180: only when it holds a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Joins fields into one CSV record, without the line terminator. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
