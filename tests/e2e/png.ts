import { PNG } from 'pngjs';

/** A decoded RGBA image. */
export interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

/** Decodes PNG bytes; throws on anything that is not a valid PNG (signature, CRCs, size). */
export function decodePng(bytes: Buffer): Rgba {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/** The pixel at (x, y) as [r, g, b, a]. */
export function pixelAt(image: Rgba, x: number, y: number): [number, number, number, number] {
  const offset = (Math.round(y) * image.width + Math.round(x)) * 4;
  const d = image.data;
  return [d[offset] ?? 0, d[offset + 1] ?? 0, d[offset + 2] ?? 0, d[offset + 3] ?? 0];
}

/** `#rrggbb` to [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...[0, 1, 2].map((channel) => Math.abs((a[channel] ?? 0) - (b[channel] ?? 0))));
}

/** How many pixels of two same-sized images differ by more than `tolerance` in some channel. */
export function differingPixels(a: Rgba, b: Rgba, tolerance = 16): number {
  let count = 0;
  for (let offset = 0; offset + 2 < Math.min(a.data.length, b.data.length); offset += 4) {
    for (let channel = 0; channel < 3; channel++) {
      if (Math.abs((a.data[offset + channel] ?? 0) - (b.data[offset + channel] ?? 0)) > tolerance) {
        count++;
        break;
      }
    }
  }
  return count;
}
