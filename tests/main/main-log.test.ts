import { describe, expect, it } from 'vitest';
import { formatLogLine } from '../../src/main/main-log';

describe('formatLogLine', () => {
  const time = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6));

  it('writes time, level, topic and message on one line', () => {
    expect(formatLogLine(time, 'warn', 'ipc', 'refused saveFile: bad name')).toBe(
      '2025-01-02T03:04:05.006Z WARN [ipc] refused saveFile: bad name',
    );
  });

  it('escapes control characters, so a page cannot forge a second log line', () => {
    const line = formatLogLine(
      time,
      'warn',
      'navigation',
      'refused https://x/\n2025-01-01T00:00:00.000Z INFO [ipc] ok',
    );
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('\\x0a2025-01-01');
  });

  it('truncates long messages to 500 characters plus an ellipsis', () => {
    const line = formatLogLine(time, 'error', 'protocol', 'a'.repeat(10_000));
    expect(line.endsWith(`${'a'.repeat(500)}…`)).toBe(true);
    expect(line.length).toBeLessThan(600);
  });
});
