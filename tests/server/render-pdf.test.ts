import { request as httpRequest } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../src/shared/binary-envelope';
import { createNodeCore } from '../../src/node/create-node-core';
import { startWebServer, type RunningWebServer } from '../../src/server/web-server';
import { mediaBoxes, pageCount, pdfTextRuns } from '../support/pdf-text';

const TOKEN = 'pdf-test-token-0123456789';

/** A small export-like SVG: background, two points and a Cyrillic and a Latin label. */
function svgOf(width: number, height: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 400 300">`,
    '<rect width="400" height="300" fill="#ffffff"/>',
    '<circle cx="100" cy="120" r="6" fill="#d62728"/><circle cx="300" cy="180" r="6" fill="#1f77b4"/>',
    '<text x="110" y="120" font-family="sans-serif" font-size="16" fill="#111">кошка</text>',
    '<text x="310" y="180" font-family="sans-serif" font-size="16" fill="#111">keyboard</text>',
    '</svg>',
  ].join('');
}

function renderPdf(
  port: number,
  input: unknown,
  name = 'renderPdf',
): Promise<{ status: number; reply: never }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: `/api/host/${name}`,
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${TOKEN}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = new Uint8Array(Buffer.concat(chunks));
          resolve({ status: res.statusCode ?? 0, reply: decodeEnvelope(body) as never });
        });
      },
    );
    req.on('error', reject);
    req.end(Buffer.from(encodeEnvelope(input)));
  });
}

type Reply =
  { ok: true; output: { bytes: Uint8Array } } | { ok: false; error: { code: string; message: string } };

describe('renderPdf on the web server (headless Chromium, as the CLI)', () => {
  let server: RunningWebServer;

  beforeAll(async () => {
    const staticDir = await mkdtemp(join(tmpdir(), 'es-static-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Embedding Studio</title>');
    const core = createNodeCore();
    server = await startWebServer({
      core: { api: core, onJobEvent: (l) => core.onJobEvent(l) },
      staticDir,
      token: TOKEN,
      port: 0,
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers a one-page vector PDF of the SVG’s size whose text holds the Cyrillic label', async () => {
    const { status, reply } = await renderPdf(server.port, {
      svg: svgOf(800, 600),
      widthPx: 800,
      heightPx: 600,
    });
    expect(status).toBe(200);
    const answer = reply as Reply;
    if (!answer.ok) throw new Error(answer.error.message);
    const pdf = answer.output.bytes;
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    // 800 × 600 CSS px at 96 per inch = 600 × 450 pt.
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const box of boxes) {
      expect(box[0]).toBe(0);
      expect(box[1]).toBe(0);
      expect(box[2]).toBeCloseTo(600, 0);
      expect(box[3]).toBeCloseTo(450, 0);
    }
    // Skia splits a label into several text runs (kerning); joined, they spell it.
    const text = pdfTextRuns(pdf).join('');
    expect(text).toContain('кошка');
    expect(text).toContain('keyboard');
  }, 60_000);

  it('refuses a body that is not an SVG, a page too large and an unknown host call, with clear errors', async () => {
    const notSvg = (await renderPdf(server.port, { svg: '<html></html>', widthPx: 10, heightPx: 10 }))
      .reply as Reply;
    expect(notSvg.ok).toBe(false);
    if (!notSvg.ok) {
      expect(notSvg.error.code).toBe('invalid-arguments');
      expect(notSvg.error.message).toMatch(/svg.*SVG document/);
    }
    const huge = (await renderPdf(server.port, { svg: svgOf(10, 10), widthPx: 19_201, heightPx: 10 }))
      .reply as Reply;
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.error.message).toMatch(/widthPx/);
    const unknown = await renderPdf(server.port, {}, 'readRecentDocument');
    expect(unknown.status).toBe(404);
    expect((unknown.reply as Reply).ok).toBe(false);
  });

  it('without Chromium, the error names what is missing', async () => {
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    try {
      const { reply } = await renderPdf(server.port, { svg: svgOf(40, 30), widthPx: 40, heightPx: 30 });
      const answer = reply as Reply;
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('unsupported-format');
        expect(answer.error.message).toMatch(/PDF export needs Chromium/);
        expect(answer.error.message).toContain('/nonexistent/chromium');
      }
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  });
});
