import { useMemo, useState } from 'react';
import type { ColorBarSpec } from '../plot/color-bar';
import { rampBytes } from '../plot/color-ramp';
import { numericColumn, sizeBytes, type ItemColumn, type NumericColumn } from '../plot/column-values';
import { assignColors, CATEGORY_COLORS, colorBytes, hexToRgb, type ColorAssignment } from '../plot/palette';
import type { PlotStyle } from '../plot/plot-controller';
import type { LayoutView } from './layout-view';

/** What the points are coloured by: the label column, another column of the data set, or one colour. */
export type ColorBy =
  | { readonly kind: 'label' }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'uniform' };

/** The colouring of the map on screen and what the side panel and the exports explain it with. */
export interface Coloring {
  readonly colorBy: ColorBy;
  readonly sizeBy: string | null;
  /** Categories for the legend and its filter (the label's unless a categorical column colours). */
  readonly assignment: ColorAssignment;
  /** Whether the legend's swatches are the points' colours (a categorical colouring). */
  readonly categorical: boolean;
  readonly bar: ColorBarSpec | null;
  readonly style: PlotStyle;
  /** The other columns, split by kind, for the pickers. */
  readonly numeric: readonly string[];
  readonly categories: readonly string[];
}

/** The user's choices; they survive new maps and fall back to the label when a column is missing. */
export interface ColoringChoice {
  readonly colorBy: ColorBy;
  readonly sizeBy: string | null;
}

const NO_COLUMNS: readonly ItemColumn[] = [];

function uniformBytes(count: number): Uint8Array {
  const [r, g, b] = hexToRgb(CATEGORY_COLORS[0]);
  const bytes = new Uint8Array(3 * count);
  for (let i = 0; i < count; i++) bytes.set([r, g, b], 3 * i);
  return bytes;
}

/** The colouring for `choice` over the map `shown` with its other `columns` (null without a map). */
export function colorMap(
  shown: LayoutView,
  columns: readonly ItemColumn[],
  choice: ColoringChoice,
  byLabel: ColorAssignment,
  parsed: ReadonlyMap<string, NumericColumn | null>,
): Coloring {
  const numeric = columns.filter((c) => parsed.get(c.name) != null).map((c) => c.name);
  const categories = columns.filter((c) => parsed.get(c.name) == null).map((c) => c.name);
  const { colorBy } = choice;
  const column = colorBy.kind === 'column' ? columns.find((c) => c.name === colorBy.name) : undefined;
  const ramp = column === undefined ? null : (parsed.get(column.name) ?? null);
  const sizeColumn = choice.sizeBy === null ? null : (parsed.get(choice.sizeBy) ?? null);
  const sizes = sizeColumn === null ? null : sizeBytes(sizeColumn);
  const base = { numeric, categories, sizeBy: sizeColumn === null ? null : choice.sizeBy };
  if (ramp !== null) {
    const bar = { name: ramp.name, min: ramp.min, max: ramp.max };
    const style = { colors: rampBytes(ramp.values, ramp.min, ramp.max), sizes };
    return { ...base, colorBy, assignment: byLabel, categorical: false, bar, style };
  }
  if (column !== undefined) {
    const assignment = assignColors(column.values);
    return {
      ...base,
      colorBy,
      assignment,
      categorical: true,
      bar: null,
      style: { colors: colorBytes(assignment), sizes },
    };
  }
  if (colorBy.kind === 'uniform') {
    const style = { colors: uniformBytes(shown.texts.length), sizes };
    return { ...base, colorBy, assignment: byLabel, categorical: false, bar: null, style };
  }
  const style = { colors: colorBytes(byLabel), sizes };
  return { ...base, colorBy: { kind: 'label' }, assignment: byLabel, categorical: true, bar: null, style };
}

/**
 * The colouring of `shown`: by label (the palette, as before), by a column (categorical palette or a numeric
 * ramp), or uniform; sized by a numeric column or not. Recomputed only when the map or a choice changes.
 */
export function useColoring(
  shown: LayoutView | null,
  columns: readonly ItemColumn[],
): { coloring: Coloring | null; choose: (choice: Partial<ColoringChoice>) => void } {
  const [choice, setChoice] = useState<ColoringChoice>({ colorBy: { kind: 'label' }, sizeBy: null });
  const labels = shown?.labels ?? null;
  // Keyed on the labels array, which stays the same object across the frames of one streamed job.
  const byLabel = useMemo(() => (labels === null ? null : assignColors(labels)), [labels]);
  // Columns of another map (a streamed layout shows none) are never applied to these points.
  const count = shown?.texts.length ?? 0;
  const usable = columns.every((c) => c.values.length === count) ? columns : NO_COLUMNS;
  const parsed = useMemo(() => new Map(usable.map((c) => [c.name, numericColumn(c)] as const)), [usable]);
  const coloring = useMemo(
    () => (shown === null || byLabel === null ? null : colorMap(shown, usable, choice, byLabel, parsed)),
    // The coordinates do not change the colours: keyed on the items, not on every streamed layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown?.texts, byLabel, usable, parsed, choice],
  );
  const choose = (change: Partial<ColoringChoice>): void => {
    setChoice((c) => ({ ...c, ...change }));
  };
  return { coloring, choose };
}
