import type { ConceptAxis } from '../../../shared/contract';

/** One axis as typed: a name and two comma-separated word lists. */
export interface AxisDraft {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** At most three axes: a 3D layout is the most a plot shows. */
export const MAX_AXES = 3;

/** A one-click example axis (EN or RU words). */
export interface AxisExample {
  readonly id: string;
  readonly draft: AxisDraft;
}

/** Ready-made axes for a lesson on gender and size directions, in both languages the app speaks. */
export const AXIS_EXAMPLES: readonly AxisExample[] = [
  { id: 'gender-en', draft: { name: 'man → woman', from: 'man, he, king', to: 'woman, she, queen' } },
  { id: 'gender-ru', draft: { name: 'мужчина → женщина', from: 'мужчина, он', to: 'женщина, она' } },
  { id: 'size-en', draft: { name: 'small → big', from: 'small', to: 'big' } },
  { id: 'size-ru', draft: { name: 'маленький → большой', from: 'маленький', to: 'большой' } },
];

/** The words of a comma- (or semicolon-) separated list, trimmed, without empties or repeats. */
export function parseWordList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/u)
        .map((word) => word.trim())
        .filter((word) => word !== ''),
    ),
  ];
}

/** The axis the draft describes, or null while its "to" list is empty; an empty name becomes "from → to". */
export function axisOfDraft(draft: AxisDraft): ConceptAxis | null {
  const from = parseWordList(draft.from);
  const to = parseWordList(draft.to);
  if (to.length === 0) return null;
  const name = draft.name.trim() || `${from.join(', ') || '0'} → ${to.join(', ')}`;
  return { name: name.slice(0, 120), from: from.slice(0, 50), to: to.slice(0, 50) };
}

/** A draft showing `axis` (for presets). */
export function draftOfAxis(axis: ConceptAxis): AxisDraft {
  return { name: axis.name, from: axis.from.join(', '), to: axis.to.join(', ') };
}

/** Adds `example` as a new axis, or replaces the last one when all slots are used. */
export function withExample(drafts: readonly AxisDraft[], example: AxisDraft): AxisDraft[] {
  const filled = drafts.filter(
    (draft) => parseWordList(draft.to).length > 0 || parseWordList(draft.from).length > 0,
  );
  return filled.length < MAX_AXES ? [...filled, example] : [...filled.slice(0, MAX_AXES - 1), example];
}
