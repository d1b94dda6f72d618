/** Types for scripts/security-findings.mjs (a plain Node script, so it runs without a build step). */
export interface Finding {
  readonly id: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
}
export declare const SEVERITIES: readonly string[];
export declare const FAILING_SEVERITY: string;
export declare function parseJustifications(json: unknown): Record<string, string>;
export declare function judgeFindings(
  findings: readonly Finding[],
  justifications: Readonly<Record<string, string>>,
): {
  serious: Finding[];
  unjustified: Finding[];
  justified: Finding[];
  unusedJustifications: string[];
};
