import { svgRootSize, type StudioClient } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

/**
 * The PDF of an export SVG: the page is the SVG's own size (its root `width` and `height`, the chosen export
 * size), printed by the host (printToPDF on the desktop, headless Chromium behind the web server).
 */
export async function pdfFromSvg(
  client: Pick<StudioClient, 'renderPdf'>,
  svg: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const size = svgRootSize(svg);
  if (size === null) {
    throw new StudioError(
      'invalid-arguments',
      'The exported SVG has no width and height to size the PDF page by.',
    );
  }
  return client.renderPdf({ svg, widthPx: Math.round(size.widthPx), heightPx: Math.round(size.heightPx) });
}
