/**
 * The one error shape that crosses every process boundary (core → worker → server/IPC → renderer, and the CLI).
 * `code` is stable and machine-readable, so the UI can translate it; `message` is a complete English sentence
 * for logs, the CLI and any code the UI has no translation for; `params` carries the specifics (file, line, …).
 */
export const ERROR_CODES = [
  'invalid-arguments',
  'unknown-call',
  'unknown-dataset',
  'unknown-sample',
  'unknown-embedder',
  'unknown-column',
  'unknown-job',
  'unknown-map',
  'empty-file',
  'unsupported-format',
  'decode-failed',
  'malformed-table',
  'invalid-number',
  'project-damaged',
  'project-too-new',
  'too-few-items',
  'invalid-vectors',
  'malformed-vectors',
  'invalid-model',
  'invalid-expression',
  'out-of-vocabulary',
  'no-vocabulary',
  'maps-not-comparable',
  'malformed-questions',
  'insufficient-memory',
  'write-failed',
  // A file the app was asked to open again (recent documents) is gone or unreadable.
  'file-unavailable',
  'cancelled',
  'worker-crashed',
  'unauthorized',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Readonly<Record<string, string | number>>;

/** Plain-data form of an error: safe for structured clone and JSON. */
export interface StudioErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params?: ErrorParams;
}

/** An expected, user-facing failure. Anything else that is thrown is reported as `internal`. */
export class StudioError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
    this.params = params;
  }

  toInfo(): StudioErrorInfo {
    return this.params === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, params: this.params };
  }

  static fromInfo(info: StudioErrorInfo): StudioError {
    return new StudioError(info.code, info.message, info.params);
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** True when `value` has the shape of a {@link StudioErrorInfo} (used on data that crossed a boundary). */
export function isStudioErrorInfo(value: unknown): value is StudioErrorInfo {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['code'] === 'string' &&
    KNOWN_CODES.has(record['code']) &&
    typeof record['message'] === 'string'
  );
}

/** Converts anything thrown into the plain error shape, keeping a StudioError's code and params. */
export function toStudioErrorInfo(error: unknown): StudioErrorInfo {
  if (error instanceof StudioError) return error.toInfo();
  if (isStudioErrorInfo(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Internal error: ${message}` };
}
