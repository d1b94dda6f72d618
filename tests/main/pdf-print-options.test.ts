import { describe, expect, it } from 'vitest';
import { pdfPageHtml, pdfPrintOptions } from '../../src/main/pdf-print-options';
import { MAX_PDF_PAGE_PX, pdfPageSize, renderPdfInput, svgRootSize } from '../../src/shared/contract';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200" viewBox="0 0 800 600"></svg>';

describe('PDF page size and request validation', () => {
  it('a page is the SVG’s size: 96 CSS px to the inch, 72 pt to the inch', () => {
    expect(pdfPageSize(960, 480)).toEqual({ widthPt: 720, heightPt: 360, widthInches: 10, heightInches: 5 });
    const options = pdfPrintOptions({ widthPx: 1600, heightPx: 1200 });
    expect(options.pageSize.width).toBeCloseTo(16.6667, 4);
    expect(options.pageSize.height).toBe(12.5);
    expect(options.margins).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    expect(options.pageRanges).toBe('1');
  });

  it('reads the page size from the export SVG’s root, and not from its viewBox', () => {
    expect(svgRootSize(SVG)).toEqual({ widthPx: 1600, heightPx: 1200 });
    expect(svgRootSize('<svg width="100%" height="10">')).toBeNull();
    expect(svgRootSize('<svg viewBox="0 0 1 1">')).toBeNull();
    expect(svgRootSize('<?xml version="1.0"?><svg height="20px" width="30.5">')).toEqual({
      widthPx: 30.5,
      heightPx: 20,
    });
  });

  it('refuses what is not an SVG document, and pages beyond PDF’s 200-inch limit', () => {
    const ok = { svg: SVG, widthPx: 1600, heightPx: 1200 };
    expect(renderPdfInput.safeParse(ok).success).toBe(true);
    expect(renderPdfInput.safeParse({ ...ok, svg: '<html><svg></svg></html>' }).success).toBe(false);
    expect(renderPdfInput.safeParse({ ...ok, svg: '' }).success).toBe(false);
    expect(renderPdfInput.safeParse({ ...ok, widthPx: MAX_PDF_PAGE_PX + 1 }).success).toBe(false);
    expect(renderPdfInput.safeParse({ ...ok, heightPx: 0 }).success).toBe(false);
    expect(renderPdfInput.safeParse({ ...ok, widthPx: 10.5 }).success).toBe(false);
    expect(pdfPageSize(MAX_PDF_PAGE_PX, 1).widthPt).toBe(14_400);
  });

  it('the printed page holds the SVG alone, at its size, and lets nothing load or run', () => {
    const html = pdfPageHtml({ svg: SVG, widthPx: 1600, heightPx: 1200 });
    expect(html).toContain(SVG);
    expect(html).toContain('@page{size:1600px 1200px;margin:0}');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });
});
