/**
 * Colours by label. The categorical colours are Okabe & Ito's colour-blind-safe set
 * (https://jfly.uni-koeln.de/color/), reordered so that the first ones read best on a light background.
 * The legend and the shader take their colours from the same entries, so a legend swatch is exactly the
 * colour drawn at its points' centres.
 */

/** Okabe–Ito, strongest contrast first; yellow and black come last on a light background. */
export const CATEGORY_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#56b4e9',
  '#f0e442',
  '#000000',
] as const;

/** Points whose label is empty: a neutral grey that no category uses. */
export const NO_LABEL_COLOR = '#999999';
/** Labels beyond the palette share one lighter grey, so no two categories ever look alike. */
export const OTHER_COLOR = '#c8c8c8';

/** What a legend entry stands for. `all` is the single entry of a map without labels. */
export type LegendEntryKind = 'label' | 'none' | 'other' | 'all';

/** One legend row: the label (null for `none`, `other` and `all`), its colour as `#rrggbb` and its point count. */
export interface LegendEntry {
  readonly kind: LegendEntryKind;
  readonly label: string | null;
  readonly color: string;
  readonly count: number;
}

/** The legend plus, for each point, the index of its entry. */
export interface ColorAssignment {
  readonly entries: readonly LegendEntry[];
  readonly entryOfPoint: Uint16Array;
}

interface Tally {
  readonly label: string;
  readonly firstSeen: number;
  count: number;
}

function tallyLabels(labels: readonly (string | null)[]): { tallies: Tally[]; unlabelled: number } {
  const byLabel = new Map<string, Tally>();
  let unlabelled = 0;
  labels.forEach((label, index) => {
    if (label === null || label === '') {
      unlabelled++;
      return;
    }
    const tally = byLabel.get(label);
    if (tally === undefined) byLabel.set(label, { label, firstSeen: index, count: 1 });
    else tally.count++;
  });
  // Biggest groups get the most distinct colours; ties keep file order, so the result is deterministic.
  const tallies = [...byLabel.values()].sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen);
  return { tallies, unlabelled };
}

/**
 * Assigns a colour to every distinct label: the largest groups get the palette, any further labels are
 * pooled as "other", and points without a label get their own grey (or the first colour when no point has
 * a label at all).
 */
export function assignColors(labels: readonly (string | null)[]): ColorAssignment {
  const { tallies, unlabelled } = tallyLabels(labels);
  const overflow = tallies.length > CATEGORY_COLORS.length;
  const named = overflow ? tallies.slice(0, CATEGORY_COLORS.length - 1) : tallies;
  const entries: LegendEntry[] = named.map((tally, i) => ({
    kind: 'label',
    label: tally.label,
    color: CATEGORY_COLORS[i] ?? OTHER_COLOR,
    count: tally.count,
  }));
  const entryOfLabel = new Map<string, number>(named.map((tally, i) => [tally.label, i]));
  let otherEntry = -1;
  if (overflow) {
    const count = tallies.slice(named.length).reduce((sum, tally) => sum + tally.count, 0);
    otherEntry = entries.push({ kind: 'other', label: null, color: OTHER_COLOR, count }) - 1;
  }
  let noneEntry = -1;
  if (unlabelled > 0) {
    const all = tallies.length === 0;
    const entry: LegendEntry = all
      ? { kind: 'all', label: null, color: CATEGORY_COLORS[0], count: unlabelled }
      : { kind: 'none', label: null, color: NO_LABEL_COLOR, count: unlabelled };
    noneEntry = entries.push(entry) - 1;
  }
  const entryOfPoint = new Uint16Array(labels.length);
  labels.forEach((label, i) => {
    entryOfPoint[i] = label === null || label === '' ? noneEntry : (entryOfLabel.get(label) ?? otherEntry);
  });
  return { entries, entryOfPoint };
}

/** Per-point RGB bytes (3 per point) for the shader's colour attribute. */
export function colorBytes(assignment: ColorAssignment): Uint8Array {
  const rgb = assignment.entries.map((entry) => hexToRgb(entry.color));
  const bytes = new Uint8Array(assignment.entryOfPoint.length * 3);
  assignment.entryOfPoint.forEach((entry, i) => {
    const [r, g, b] = rgb[entry] ?? [0, 0, 0];
    bytes[3 * i] = r;
    bytes[3 * i + 1] = g;
    bytes[3 * i + 2] = b;
  });
  return bytes;
}

/** `#rrggbb` → [r, g, b] bytes. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
