#!/usr/bin/env node
// `npm run scan:security`: runs Doyensec's Electronegativity over the built main and preload bundles, the
// renderer's HTML and the Electron sources, writes the report to tests/.artifacts/electronegativity.json, and
// fails on any finding of MEDIUM severity or higher that build/electronegativity-justifications.json does not
// justify. It never touches the network (see offlineTranslations and NETWORK_CHECKS below).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { judgeFindings, parseJustifications } from '../build/security-findings.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const scannerRequire = createRequire(join(scannerDir, 'package.json'));

/** What is scanned: the bundles Electron actually runs, the HTML it loads (CSP), and the sources behind them. */
const INPUTS = ['out/main', 'out/preload', 'out/renderer/index.html', 'src/main', 'src/preload'];

/**
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub; CI is offline, and the
 * Electron version is pinned in package.json and upgraded deliberately, so that check is left out.
 */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const REPORT = join(ROOT, 'tests', '.artifacts', 'electronegativity.json');
const JUSTIFICATIONS = join(ROOT, 'build', 'electronegativity-justifications.json');

/**
 * Electronegativity's i18n module fetches "updated translations" from S3 on every run (and prints "Could not
 * retrieve updated translations" when offline). This stand-in configures the same bundled English strings
 * without any request, and is placed in the require cache before the runner loads the original.
 */
function offlineTranslations() {
  const modulePath = join(scannerDir, 'dist', 'locales', 'i18n.js');
  const i18n = scannerRequire('i18n');
  const stand_in = new Module(modulePath);
  stand_in.filename = modulePath;
  stand_in.loaded = true;
  stand_in.exports = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: dirname(modulePath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: global,
    });
    i18n.setLocale('en-US');
  };
  require.cache[modulePath] = stand_in;
}

/**
 * Copies the inputs into one folder, keeping their paths, so Electronegativity sees them as one application:
 * its global checks (CSP, navigation limits, permission handler) look across all files, and scanning the
 * inputs one by one would report "missing" for every file that is not the one doing it.
 */
function stageInputs() {
  const stage = mkdtempSync(join(tmpdir(), 'embedding-studio-scan-'));
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    if (!existsSync(path)) {
      throw new Error(`${input} does not exist: run \`npx electron-vite build\` before the security scan.`);
    }
    cpSync(path, join(stage, input), { recursive: true });
  }
  return stage;
}

async function scan() {
  offlineTranslations();
  const run = scannerRequire('./dist/runner.js');
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const stage = stageInputs();
  try {
    const result = await run({
      input: stage,
      electronVersionOverride: electronVersion,
      excludeFromScan: NETWORK_CHECKS,
      isRelative: false,
      isVerbose: false,
    });
    for (const error of result.errors.filter((candidate) => !candidate.tolerable)) {
      throw new Error(`Electronegativity could not parse ${relative(stage, error.file)}: ${error.message}`);
    }
    return result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      // Global checks have no file ("N/A").
      file: issue.file.startsWith(stage) ? relative(stage, issue.file) : issue.file,
      line: issue.location.line,
      description: issue.description,
      manualReview: issue.manualReview === true,
    }));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const findings = await scan();
const justifications = parseJustifications(JSON.parse(readFileSync(JUSTIFICATIONS, 'utf8')));
const verdict = judgeFindings(findings, justifications);
mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(REPORT, `${JSON.stringify({ findings, ...verdict }, null, 2)}\n`);

const counts = {};
for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
console.log(
  `Electronegativity: ${findings.length} finding(s) ${JSON.stringify(counts)}; ` +
    `${verdict.serious.length} MEDIUM or higher, ${verdict.justified.length} justified, ` +
    `${verdict.unjustified.length} unjustified. Report: ${relative(ROOT, REPORT)}`,
);
for (const check of verdict.unusedJustifications) {
  console.log(`Note: the justification for ${check} matched no finding; remove it to keep the list minimal.`);
}
for (const finding of verdict.unjustified) {
  console.error(
    `  ${finding.severity} ${finding.id} at ${finding.file}:${finding.line} — ${finding.description}`,
  );
}
if (verdict.unjustified.length > 0) {
  console.error('Fix these, or justify each check in build/electronegativity-justifications.json.');
  process.exit(1);
}
