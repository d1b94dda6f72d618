import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings, parseJustifications } from '../../build/security-findings.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const finding = (id: string, severity: string) => ({ id, severity, file: 'out/main/index.js', line: 1 });

describe('Electronegativity findings', () => {
  it('fail on MEDIUM or higher unless justified; LOW and INFORMATIONAL never fail', () => {
    const verdict = judgeFindings(
      [
        finding('PRELOAD_JS_CHECK', 'MEDIUM'),
        finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH'),
        finding('CSP_GLOBAL_CHECK', 'LOW'),
        finding('SOMETHING', 'INFORMATIONAL'),
      ],
      { PRELOAD_JS_CHECK: 'The preload is sandboxed and exposes one method per contract call.' },
    );
    expect(verdict.serious.map((f) => f.id)).toEqual(['PRELOAD_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']);
    expect(verdict.unjustified.map((f) => f.id)).toEqual(['LIMIT_NAVIGATION_GLOBAL_CHECK']);
    expect(verdict.justified.map((f) => f.id)).toEqual(['PRELOAD_JS_CHECK']);
  });

  it('report justifications that no finding needs, so the allow-list stays minimal', () => {
    const verdict = judgeFindings([], {
      AUXCLICK_JS_CHECK: 'Auxclick is disabled in the window preferences.',
    });
    expect(verdict.unusedJustifications).toEqual(['AUXCLICK_JS_CHECK']);
  });

  it('require a sentence per check, and the committed file passes', () => {
    expect(() => parseJustifications({ X: 'ok' })).toThrow(/must be a sentence/);
    expect(() => parseJustifications(['X'])).toThrow(/one JSON object/);
    const committed = parseJustifications(
      JSON.parse(readFileSync(join(ROOT, 'build', 'electronegativity-justifications.json'), 'utf8')),
    );
    expect(Object.keys(committed).length).toBeLessThanOrEqual(3);
  });
});
