/**
 * The desktop's PDF export path: the bridge's renderPdf goes to main, which prints the SVG in a hidden
 * sandboxed window with printToPDF. Skipped where the Electron binary is not installed (it downloads on the
 * first `npm start`); the pure parts are tested in tests/main/pdf-print-options.test.ts and the same SVG's
 * PDF through Chromium in tests/server/render-pdf.test.ts.
 */
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaBoxes, pageCount, pdfTextRuns } from '../support/pdf-text';
import { installedElectronBinary } from './electron-binary';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = installedElectronBinary();

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 320 240">' +
  '<rect width="320" height="240" fill="#fff"/><circle cx="100" cy="100" r="5" fill="#d62728"/>' +
  '<text x="110" y="100" font-family="sans-serif" font-size="14">клавиатура</text></svg>';

describe.skipIf(binary === undefined)('desktop PDF export (Electron printToPDF)', () => {
  let app: ElectronApplication;

  beforeAll(async () => {
    app = await electron.launch({ executablePath: binary, args: [join(ROOT, 'out', 'main', 'index.js')] });
  });

  afterAll(async () => {
    await app.close();
  });

  it('prints the SVG to a one-page PDF of its size, its Cyrillic text kept as text', async () => {
    const page = await app.firstWindow();
    await page.waitForFunction(() => 'embeddingStudioBridge' in window, undefined, { timeout: 60_000 });
    const reply = await page.evaluate(async (svg) => {
      const bridge = (
        window as unknown as {
          embeddingStudioBridge: {
            renderPdf(request: unknown): Promise<{ ok: boolean; output?: { bytes: Uint8Array } }>;
          };
        }
      ).embeddingStudioBridge;
      const answer = await bridge.renderPdf({ svg, widthPx: 640, heightPx: 480 });
      return answer.ok && answer.output !== undefined ? Array.from(answer.output.bytes) : null;
    }, SVG);
    expect(reply).not.toBeNull();
    const pdf = new Uint8Array(reply ?? []);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    const [box] = mediaBoxes(pdf);
    expect(box?.[2]).toBeCloseTo(480, 0);
    expect(box?.[3]).toBeCloseTo(360, 0);
    expect(pdfTextRuns(pdf).join('')).toContain('клавиатура');
  }, 120_000);
});
