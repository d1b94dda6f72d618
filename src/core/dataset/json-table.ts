import { StudioError } from '../../shared/errors';
import { TEXT_FILE_COLUMN } from './text-column';
import type { Table } from './table';

/** One JSON item of a file and the line it starts on, for messages. */
interface JsonItem {
  readonly value: unknown;
  readonly line: number;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The line each element of a (valid) top-level JSON array starts on: one pass, tracking strings and depth. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && ch !== undefined && !/[\s\]]/.test(ch)) {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') expectValue = ++depth === 1;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

function syntaxError(fileName: string, text: string, error: unknown, line?: number): StudioError {
  const reason = error instanceof Error ? error.message : String(error);
  // V8 names the offset ("at position 12") in most versions; turn it into a line for people.
  const position = /position (\d+)/.exec(reason)?.[1];
  const at = line ?? (position === undefined ? undefined : lineAt(text, Number(position)));
  const where = at === undefined ? '' : `, line ${at}`;
  return new StudioError('malformed-table', `${fileName}${where}: not valid JSON (${reason}).`, {
    file: fileName,
    ...(at === undefined ? {} : { line: at }),
  });
}

function readJsonArray(fileName: string, text: string): JsonItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw syntaxError(fileName, text, error);
  }
  if (!Array.isArray(parsed)) {
    throw new StudioError(
      'malformed-table',
      `${fileName}: expected a JSON array of objects or of strings, found ${describe(parsed)}.`,
      { file: fileName, line: 1 },
    );
  }
  const lines = elementLines(text);
  return parsed.map((value: unknown, index) => ({ value, line: lines[index] ?? 1 }));
}

function readJsonLines(fileName: string, text: string): { items: JsonItem[]; blank: number } {
  const items: JsonItem[] = [];
  let blank = 0;
  text.split(/\r\n|\n|\r/).forEach((source, index) => {
    if (source.trim() === '') {
      blank++;
      return;
    }
    try {
      items.push({ value: JSON.parse(source), line: index + 1 });
    } catch (error) {
      throw syntaxError(fileName, text, error, index + 1);
    }
  });
  return { items, blank };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A cell as text: strings as they are, numbers and booleans printed, null empty, nested values as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function itemError(fileName: string, item: JsonItem, index: number, expected: string): StudioError {
  return new StudioError(
    'malformed-table',
    `${fileName}, line ${item.line} (item ${index + 1}): expected ${expected}, found ${describe(item.value)}.`,
    { file: fileName, line: item.line, item: index + 1 },
  );
}

/** Items as rows: all strings → one `text` column; all objects → the union of their keys, in first-seen order. */
function itemsToTable(fileName: string, format: 'json' | 'jsonl', items: readonly JsonItem[]): Table {
  const first = items[0];
  if (first === undefined) {
    throw new StudioError('empty-file', `${fileName} has no items.`, { file: fileName });
  }
  if (typeof first.value === 'string') {
    const rows = items.map((item, index) => {
      if (typeof item.value !== 'string')
        throw itemError(fileName, item, index, 'a string like the first item');
      return [item.value];
    });
    return { name: fileName, format, columns: [TEXT_FILE_COLUMN], rows };
  }
  const objects = items.map((item, index) => {
    const { value } = item;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw itemError(fileName, item, index, 'an object like the first item');
    }
    return value as Record<string, unknown>;
  });
  const columns = [...new Set(objects.flatMap((object) => Object.keys(object)))];
  // Own keys only: an item without "constructor" or "__proto__" must read as an empty cell, not as what
  // Object.prototype has under that name (a function, or the prototype itself).
  const rows = objects.map((object) =>
    columns.map((column) => cellText(Object.hasOwn(object, column) ? object[column] : undefined)),
  );
  return { name: fileName, format, columns, rows };
}

/** Drops rows whose cells are all empty, counting them (with JSONL's blank lines) as empty rows. */
function withoutEmptyRows(table: Table, blankLines: number): Table {
  const rows = table.rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) {
    throw new StudioError('empty-file', `${table.name} has no non-empty items.`, { file: table.name });
  }
  const emptyRows = blankLines + table.rows.length - rows.length;
  return { ...table, rows, stats: { emptyRows, fixedRaggedRows: 0 } };
}

/**
 * Reads JSON (an array of objects or of strings) or JSONL (one object or string per line) as a table: the
 * union of the objects' keys are the columns, a missing key an empty cell, nested values JSON text. Errors
 * name the file, the line and the item.
 */
export function parseJsonTable(fileName: string, text: string, format: 'json' | 'jsonl'): Table {
  if (format === 'json')
    return withoutEmptyRows(itemsToTable(fileName, format, readJsonArray(fileName, text)), 0);
  const { items, blank } = readJsonLines(fileName, text);
  return withoutEmptyRows(itemsToTable(fileName, format, items), blank);
}
