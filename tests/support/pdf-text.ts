import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to check an exported file without a PDF library: its pages' MediaBoxes, and the text of
 * its content streams decoded through the fonts' ToUnicode maps (Chromium/Skia writes text as hex glyph ids,
 * `<0012003A> Tj`, in subset fonts that each carry such a map).
 */

/** The bytes of every stream, inflated when it is FlateDecode (all of Chromium's are). */
function streams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const found: string[] = [];
  const pattern = /<<(.*?)>>\s*stream\r?\n/gs;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = Buffer.from(text.slice(start, end), 'latin1');
    if (!/\/FlateDecode/.test(match[1] ?? '')) {
      found.push(raw.toString('latin1'));
      continue;
    }
    try {
      found.push(inflateSync(raw).toString('latin1'));
    } catch {
      // A trailing end-of-line byte before `endstream` is allowed; trim it and try again.
      found.push(inflateSync(raw.subarray(0, raw.byteLength - 1)).toString('latin1'));
    }
  }
  return found;
}

/** `[x0 y0 x1 y1]` of each `/MediaBox`, in points. */
export function mediaBoxes(pdf: Uint8Array): number[][] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((match) =>
    (match[1] ?? '').trim().split(/\s+/).map(Number),
  );
}

/** How many page objects (`/Type /Page`, not `/Pages`) the file has. */
export function pageCount(pdf: Uint8Array): number {
  return [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/\/Type\s*\/Page(?![a-z])/g),
  ].length;
}

function unicodeOf(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** Glyph code (hex, upper case) → text, merged from every ToUnicode CMap in the file. */
function toUnicode(all: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const stream of all.filter((s) => s.includes('begincmap'))) {
    for (const block of stream.matchAll(/beginbfchar(.*?)endbfchar/gs)) {
      for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        map.set((pair[1] ?? '').toUpperCase(), unicodeOf(pair[2] ?? ''));
      }
    }
    for (const block of stream.matchAll(/beginbfrange(.*?)endbfrange/gs)) {
      for (const range of (block[1] ?? '').matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
      )) {
        const [from, to, first] = [range[1] ?? '', range[2] ?? '', range[3] ?? ''];
        const start = parseInt(from, 16);
        const base = parseInt(first, 16);
        for (let code = start; code <= parseInt(to, 16); code++) {
          map.set(
            code.toString(16).toUpperCase().padStart(from.length, '0'),
            String.fromCharCode(base + code - start),
          );
        }
      }
    }
  }
  return map;
}

/** The text drawn by the content streams, one string per text-showing operator, decoded to Unicode. */
export function pdfTextRuns(pdf: Uint8Array): string[] {
  const all = streams(pdf);
  const map = toUnicode(all);
  const runs: string[] = [];
  for (const stream of all.filter((s) => /\bBT\b/.test(s))) {
    for (const shown of stream.matchAll(/(\[(?:[^\]]*)\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
      const hexes = [...(shown[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) =>
        (m[1] ?? '').toUpperCase(),
      );
      let run = '';
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= hex.length; i += 4) run += map.get(hex.slice(i, i + 4)) ?? '\uFFFD';
      }
      runs.push(run);
    }
  }
  return runs;
}
