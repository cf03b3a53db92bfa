import type { Localized } from './localized';
import type { Lang } from './ui';

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Values for the placeholders of `L` (both languages name the same ones). */
export type Vars<L extends Localized> = [Placeholders<L['en'] | L['pt-BR']>] extends [never]
  ? Record<string, never>
  : Record<Placeholders<L['en'] | L['pt-BR']>, string | number>;

/** Fills `{name}` placeholders of `text` from `vars`; an unknown name is left as written. */
export function fillPlaceholders(text: string, vars: Record<string, string | number> | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A table of strings with typed keys and placeholders, and its one lookup API. */
export interface Strings<T extends Record<string, Localized>> {
  /** The table itself (both languages of every key). */
  readonly table: T;
  /** The text of `key` in `lang`, placeholders filled. */
  t<K extends keyof T & string>(lang: Lang, key: K, ...vars: Vars<T[K]> extends Record<string, never> ? [] : [Vars<T[K]>]): string;
  /** Both languages of `key`, placeholders filled (for messages stored or sent before a language is known). */
  l<K extends keyof T & string>(key: K, ...vars: Vars<T[K]> extends Record<string, never> ? [] : [Vars<T[K]>]): Localized;
  /**
   * Both languages of a value stored as data (a profile, a job, an outcome): the table's text when
   * the value is one of its keys, else the value as stored, in both languages.
   */
  stored(value: string): Localized;
  /**
   * The lookup bound to one language, for a page or an island that speaks one language throughout:
   * `const t = bulkStrings.in(lang); t('confirm')`.
   */
  in(lang: Lang): <K extends keyof T & string>(key: K, ...vars: Vars<T[K]> extends Record<string, never> ? [] : [Vars<T[K]>]) => string;
}

/**
 * Declares a table of UI strings: every key has pt-BR and en (the type says so), placeholders are
 * `{name}` and their values are type-checked at each call. Write tables `as const`.
 */
export function defineStrings<const T extends Record<string, Localized>>(table: T): Strings<T> {
  return {
    table,
    t: (lang, key, ...vars) => fillPlaceholders(table[key]![lang], vars[0] as Record<string, string | number> | undefined),
    l: (key, ...vars) => {
      const v = vars[0] as Record<string, string | number> | undefined;
      return { 'pt-BR': fillPlaceholders(table[key]!['pt-BR'], v), en: fillPlaceholders(table[key]!.en, v) };
    },
    stored: (value) => (Object.hasOwn(table, value) ? table[value]! : { 'pt-BR': value, en: value }),
    in:
      (lang) =>
      (key, ...vars) =>
        fillPlaceholders(table[key]![lang], vars[0] as Record<string, string | number> | undefined),
  };
}
