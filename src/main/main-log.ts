import { appendFile } from 'node:fs';

/** How serious a main-process log entry is. */
export type LogLevel = 'info' | 'warn' | 'error';

/** The main process's log: security refusals (IPC, protocol, navigation, permissions) and renderer crashes. */
export interface MainLog {
  info(topic: string, message: string): void;
  warn(topic: string, message: string): void;
  error(topic: string, message: string): void;
}

/** Longest message kept (characters): a refused URL or argument can be arbitrarily long and comes from a page. */
const MAX_MESSAGE_LENGTH = 500;

// eslint-disable-next-line no-control-regex -- control characters are what gets escaped.
const CONTROL_CHARACTERS = /[\0-\x1f\x7f]/g;

/**
 * One log line: ISO time, level, topic, message. Control characters are escaped and the message is
 * truncated, so text chosen by a page (a URL, a channel name) cannot forge extra lines in the log.
 */
export function formatLogLine(time: Date, level: LogLevel, topic: string, message: string): string {
  const clean = message.replace(
    CONTROL_CHARACTERS,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  const short = clean.length > MAX_MESSAGE_LENGTH ? `${clean.slice(0, MAX_MESSAGE_LENGTH)}…` : clean;
  return `${time.toISOString()} ${level.toUpperCase()} [${topic}] ${short}`;
}

/**
 * A log that writes each line to stderr and, when `file` is given, appends it there too (Electron's logs
 * folder). A failed append is reported on stderr once per failure, never thrown: logging must not break a call.
 */
export function createMainLog(file?: string): MainLog {
  const write = (level: LogLevel, topic: string, message: string): void => {
    const line = formatLogLine(new Date(), level, topic, message);
    console.error(line);
    if (file !== undefined) {
      appendFile(file, `${line}\n`, (error) => {
        if (error !== null) console.error(`Could not write the log file ${file}: ${error.message}`);
      });
    }
  };
  return {
    info: (topic, message) => {
      write('info', topic, message);
    },
    warn: (topic, message) => {
      write('warn', topic, message);
    },
    error: (topic, message) => {
      write('error', topic, message);
    },
  };
}
