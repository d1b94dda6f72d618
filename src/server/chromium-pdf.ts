import { findChromiumBinary, rasteriseSvg } from '../cli/plot-browser';
import type { RenderPdfRequest } from '../shared/contract';
import { StudioError } from '../shared/errors';

/**
 * The web build's PDF export: the renderer's SVG printed by headless Chromium, exactly as `embedding-studio
 * plot --out plot.pdf` does (one page of the SVG's size, vector drawing and text kept). Without Chromium on
 * the machine that runs the server, the error names what is missing and the way around it.
 */
export async function renderPdfWithChromium(request: RenderPdfRequest): Promise<Uint8Array> {
  try {
    findChromiumBinary();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StudioError(
      'unsupported-format',
      `PDF export needs Chromium on the computer running the Embedding Studio server, and it is missing: ${reason} Export SVG instead, or install Chromium and restart the server.`,
      { missing: 'chromium' },
    );
  }
  const pdf = await rasteriseSvg(request.svg, { width: request.widthPx, height: request.heightPx }, 'pdf');
  // Playwright answers a Node Buffer, which the binary envelope does not carry as bytes: a plain copy is.
  return new Uint8Array(pdf);
}
