// Pure logic of `npm run scan:security`: which Electronegativity findings fail the build. Kept apart from the
// runner so it can be tested without scanning anything.

/** Severity names in rising order, as Electronegativity reports them. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** The lowest severity that fails the scan unless justified (issue 8: "zero findings of medium or higher"). */
export const FAILING_SEVERITY = 'MEDIUM';

/**
 * Reads the justifications file's object: one reason per check id. A reason must be a sentence, not a
 * placeholder, so an empty or very short string is rejected along with anything that is not a string.
 * @param {unknown} json
 * @returns {Record<string, string>}
 */
export function parseJustifications(json) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error('The justifications file must hold one JSON object: { "CHECK_ID": "why it is safe" }.');
  }
  /** @type {Record<string, string>} */
  const reasons = {};
  for (const [check, reason] of Object.entries(json)) {
    // 20 characters: shorter than any real explanation ("false positive" alone says nothing).
    if (typeof reason !== 'string' || reason.trim().length < 20) {
      throw new Error(`The justification for ${check} must be a sentence that says why it is safe.`);
    }
    reasons[check.toUpperCase()] = reason;
  }
  return reasons;
}

/**
 * Splits findings into those that fail the scan (MEDIUM or higher, not justified) and those that pass, and
 * lists justifications that no finding needed any more, so the allow-list stays minimal.
 * @param {readonly { id: string, severity: string, file: string, line: number }[]} findings
 * @param {Readonly<Record<string, string>>} justifications
 */
export function judgeFindings(findings, justifications) {
  const threshold = SEVERITIES.indexOf(FAILING_SEVERITY);
  const serious = findings.filter(
    (finding) => SEVERITIES.indexOf(finding.severity.toUpperCase()) >= threshold,
  );
  const unjustified = serious.filter((finding) => justifications[finding.id.toUpperCase()] === undefined);
  const justified = serious.filter((finding) => justifications[finding.id.toUpperCase()] !== undefined);
  const used = new Set(serious.map((finding) => finding.id.toUpperCase()));
  const unusedJustifications = Object.keys(justifications).filter((check) => !used.has(check.toUpperCase()));
  return { serious, unjustified, justified, unusedJustifications };
}
