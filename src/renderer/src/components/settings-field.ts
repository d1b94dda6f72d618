import type { DistanceMetric } from '../../../shared/contract';
import type { MessageKey } from '../i18n/messages-en';
import type { MessageArgs } from '../i18n/translate';

/** A message with no placeholders: what a field's label or a hint can be. */
export type PlainMessageKey = { [Key in MessageKey]: MessageArgs<Key> extends [] ? Key : never }[MessageKey];

/** What every reduction method's parameter form edits besides its own numbers. */
export interface MethodParams {
  readonly metric: DistanceMetric;
  readonly pcaDims?: number | null | undefined;
}

/** The keys of `P` that hold a number (or null, meaning "the core chooses"). */
export type NumericKey<P> = {
  [Key in keyof P]-?: Exclude<P[Key], null | undefined> extends number ? Key : never;
}[keyof P] &
  string;

/** A number input, checked against bounds that come from the contract's schema. */
export interface NumberSettingsField<P> {
  readonly kind: 'number';
  readonly key: NumericKey<P>;
  readonly label: PlainMessageKey;
  readonly min: number;
  readonly max: number;
  /** The arrows' step, in the parameter's unit. */
  readonly step: number;
  readonly integer: boolean;
  readonly testId: string;
  /** Shown while the parameter is null (left to the core), so that the field never starts empty. */
  readonly whenOpen?: number;
}

/**
 * One entry of a method's parameter form, in the order shown: numbers (side by side while consecutive), a
 * hint under them, the metric select, and the optional PCA pre-reduction.
 */
export type SettingsField<P> =
  | NumberSettingsField<P>
  | { readonly kind: 'hint'; readonly text: PlainMessageKey }
  | { readonly kind: 'metric'; readonly label: PlainMessageKey; readonly testId: string }
  /** `testId` is the prefix of the switch's and the dimensions' test ids. */
  | { readonly kind: 'pca-dims'; readonly testId: string };

/** A line of the form: number fields side by side, or one other field. */
export type SettingsRow<P> =
  | { readonly kind: 'numbers'; readonly fields: readonly NumberSettingsField<P>[] }
  | Exclude<SettingsField<P>, NumberSettingsField<P>>;

/** Consecutive number fields grouped into one row each; every other field stands alone. */
export function settingsRows<P>(fields: readonly SettingsField<P>[]): SettingsRow<P>[] {
  const rows: SettingsRow<P>[] = [];
  for (const field of fields) {
    const last = rows.at(-1);
    if (field.kind !== 'number') rows.push(field);
    else if (last?.kind === 'numbers')
      rows[rows.length - 1] = { kind: 'numbers', fields: [...last.fields, field] };
    else rows.push({ kind: 'numbers', fields: [field] });
  }
  return rows;
}
