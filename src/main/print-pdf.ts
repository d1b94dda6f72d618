import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { RenderPdfRequest } from '../shared/contract';
import { pdfPageHtml, pdfPrintOptions } from './pdf-print-options';

/**
 * The desktop's PDF export: a hidden, sandboxed window without JavaScript shows the SVG at its own size, and
 * Chromium's printToPDF makes a one-page vector PDF of it (text stays text). The page is loaded from a
 * private temporary file, because a data: URL is capped at 2 MB by Chromium and a big map's SVG is larger.
 */
export async function printSvgToPdf(request: RenderPdfRequest): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'embedding-studio-pdf-'));
  const page = join(folder, 'page.html');
  const window = new BrowserWindow({
    show: false,
    width: request.widthPx,
    height: request.heightPx,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      // As in the main window: no middle-click navigation (the page has no links, but it costs nothing).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await writeFile(page, pdfPageHtml(request), 'utf8');
    await window.loadFile(page);
    return new Uint8Array(await window.webContents.printToPDF(pdfPrintOptions(request)));
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
