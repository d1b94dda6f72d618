import { z } from 'zod';

/**
 * "PDF in the app": the renderer already writes the 2D view as an SVG document (the same one "SVG" saves);
 * the host turns it into a one-page vector PDF with a browser engine (Electron's printToPDF on the desktop,
 * headless Chromium behind the web server), so nothing is drawn twice and text stays text.
 */

/** 96 CSS pixels per inch, 72 PDF points per inch: a CSS pixel is 0.75 pt. */
export const POINTS_PER_CSS_PIXEL = 72 / 96;

/**
 * 19,200 px = 14,400 pt = 200 inches: the largest page PDF readers promise to open (the PDF reference's
 * implementation limit), and far above the 8,000 px export width the UI offers.
 */
export const MAX_PDF_PAGE_PX = 19_200;

/**
 * 256 Mi UTF-16 units: the SVG of a million drawn points with labels is ~100 MB; a bound on one request,
 * under V8's string limit, so a bad caller cannot make the host hold gigabytes.
 */
export const MAX_PDF_SVG_CHARS = 256 * 1024 * 1024;

const pagePx = z.number().int().min(1).max(MAX_PDF_PAGE_PX);

export const renderPdfInput = z.object({
  /** A standalone SVG document (starting with `<svg`, optionally after an XML declaration). */
  svg: z
    .string()
    .min(1)
    .max(MAX_PDF_SVG_CHARS)
    .refine((svg) => /^\s*(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(svg.slice(0, 512)), 'must be an SVG document'),
  /** The page size in CSS pixels: the SVG's own `width` and `height`. */
  widthPx: pagePx,
  heightPx: pagePx,
});

export const renderPdfOutput = z.object({
  /** The PDF file's bytes (one page). */
  bytes: z.instanceof(Uint8Array),
});

export type RenderPdfRequest = z.infer<typeof renderPdfInput>;

/** A PDF page's size in each unit the hosts speak: points (PDF's MediaBox) and inches (Electron's pageSize). */
export interface PdfPageSize {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly widthInches: number;
  readonly heightInches: number;
}

/** The page that holds a `widthPx × heightPx` SVG exactly, at 96 CSS pixels to the inch. */
export function pdfPageSize(widthPx: number, heightPx: number): PdfPageSize {
  return {
    widthPt: widthPx * POINTS_PER_CSS_PIXEL,
    heightPt: heightPx * POINTS_PER_CSS_PIXEL,
    widthInches: widthPx / 96,
    heightInches: heightPx / 96,
  };
}

/**
 * The `width` and `height` (CSS pixels) on an SVG document's root element, or null when either is missing or
 * not a plain number: the renderer reads the page size of the PDF from the SVG it just wrote.
 */
export function svgRootSize(svg: string): { readonly widthPx: number; readonly heightPx: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg.slice(0, 4096))?.[0];
  if (root === undefined) return null;
  const attribute = (name: string): number | null => {
    const value = new RegExp(`\\s${name}="([0-9]+(?:\\.[0-9]+)?)(?:px)?"`).exec(root)?.[1];
    return value === undefined ? null : Number(value);
  };
  const widthPx = attribute('width');
  const heightPx = attribute('height');
  return widthPx === null || heightPx === null ? null : { widthPx, heightPx };
}
