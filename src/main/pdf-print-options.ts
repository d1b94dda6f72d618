import { pdfPageSize, type RenderPdfRequest } from '../shared/contract';

/** The subset of Electron's `printToPDF` options used here (kept free of Electron so it is testable in Node). */
export interface PdfPrintOptions {
  readonly pageSize: { readonly width: number; readonly height: number };
  readonly margins: { readonly top: 0; readonly bottom: 0; readonly left: 0; readonly right: 0 };
  readonly printBackground: true;
  readonly pageRanges: '1';
  readonly preferCSSPageSize: false;
  readonly landscape: false;
}

/**
 * printToPDF's options for a page exactly the SVG's size: Electron takes the page in inches (96 CSS px each),
 * without margins, with the background (a map's theme colour is part of the picture), first page only.
 */
export function pdfPrintOptions(request: Pick<RenderPdfRequest, 'widthPx' | 'heightPx'>): PdfPrintOptions {
  const page = pdfPageSize(request.widthPx, request.heightPx);
  return {
    pageSize: { width: page.widthInches, height: page.heightInches },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: true,
    pageRanges: '1',
    preferCSSPageSize: false,
    landscape: false,
  };
}

/**
 * The page the hidden window prints: the SVG alone at its own size, no margins or scroll bars, and a CSP that
 * lets nothing load or run (the SVG is the renderer's own drawing, but it carries user text).
 */
export function pdfPageHtml(request: RenderPdfRequest): string {
  const { widthPx, heightPx } = request;
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    `<style>@page{size:${widthPx}px ${heightPx}px;margin:0}html,body{margin:0;padding:0;overflow:hidden;width:${widthPx}px;height:${heightPx}px}svg{display:block}</style>`,
    `</head><body>${request.svg}</body></html>`,
  ].join('');
}
