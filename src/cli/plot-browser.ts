import { existsSync } from 'node:fs';
import { StudioError } from '../shared/errors';

/** Debian's and Ubuntu's Chromium, then Google Chrome: where the e2e tests find it too. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Headless Chromium stays off the (often closed) network and needs no sandbox helper or shared memory, so it
 * runs in containers and CI as it does on a desktop.
 */
export const HEADLESS_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The Chromium binary to render with: `$CHROMIUM_PATH`, else the first installed candidate. */
export function findChromiumBinary(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (existsSync(configured)) return configured;
    throw new StudioError(
      'unsupported-format',
      `CHROMIUM_PATH="${configured}" does not exist; PNG and PDF output need Chromium.`,
    );
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found !== undefined) return found;
  throw new StudioError(
    'unsupported-format',
    `PNG and PDF output render the SVG in headless Chromium, and none was found (looked for ${CHROMIUM_CANDIDATES.join(', ')}); install it (e.g. "apt-get install chromium") or set CHROMIUM_PATH, or write --out plot.svg.`,
  );
}

/**
 * Renders a standalone SVG document of `width × height` pixels in headless Chromium: a PNG of exactly that
 * many pixels (device scale 1), or a one-page PDF of that size with the vector drawing kept.
 */
export async function rasteriseSvg(
  svg: string,
  size: { readonly width: number; readonly height: number },
  format: 'png' | 'pdf',
): Promise<Uint8Array> {
  const executablePath = findChromiumBinary();
  // Loaded only here: SVG output must not need playwright-core at all.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: HEADLESS_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
    const html = `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;padding:0;overflow:hidden}svg{display:block}@page{margin:0}</style>${svg}`;
    await page.setContent(html, { waitUntil: 'load' });
    if (format === 'png') return await page.screenshot({ type: 'png', fullPage: false });
    return await page.pdf({
      width: `${size.width}px`,
      height: `${size.height}px`,
      printBackground: true,
      pageRanges: '1',
    });
  } finally {
    await browser.close();
  }
}
