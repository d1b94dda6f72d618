import { en, type Catalogue, type MessageKey } from './messages-en';
import { ru } from './messages-ru';
import type { Language } from './language';

/** The names inside `{…}` in a message template, as a union of string literal types. */
type Placeholders<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** A value substituted into a message: numbers are formatted for the language. */
export type MessageValue = string | number;

/** The parameters message `Key` needs: none, or exactly its placeholders. */
export type MessageArgs<Key extends MessageKey> = [Placeholders<(typeof en)[Key]>] extends [never]
  ? []
  : [params: Readonly<Record<Placeholders<(typeof en)[Key]>, MessageValue>>];

/** Looks up a message and fills in its parameters; a missing parameter is a type error. */
export type Translate = <Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>) => string;

/** Both catalogues, by language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, ru };

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The placeholder names in `template`, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/**
 * Replaces each `{name}` in `template` with `params[name]`; numbers are formatted for `language`. A missing
 * parameter is left visible as `{name}` rather than hidden, so the gap is noticed.
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, MessageValue>>,
  language: Language,
): string {
  const numbers = new Intl.NumberFormat(language);
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A {@link Translate} function for `language`. */
export function createTranslator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, ...args) => formatMessage(catalogue[key], args[0] ?? {}, language);
}
