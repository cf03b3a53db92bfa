import type { Localized } from './localized';
import type { Lang } from './ui';

/** The name a placeholder reads: `n` of `{n}` and of a plural choice `{n#form for one|form for other}`. */
type PlaceholderName<P extends string> = P extends `${infer N}#${string}` ? N : P;

/** The `{name}` placeholders of a text (plural choices included), as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? PlaceholderName<P> | Placeholders<Rest> : never;

/** Values for the placeholders of `L` (both languages name the same ones). */
export type Vars<L extends Localized> = [Placeholders<L['en'] | L['pt-BR']>] extends [never]
  ? Record<string, never>
  : Record<Placeholders<L['en'] | L['pt-BR']>, string | number>;

/** The plural rules of each language (CLDR, through Intl): which form a count takes. */
const pluralRules: Record<Lang, Intl.PluralRules> = { 'pt-BR': new Intl.PluralRules('pt-BR'), en: new Intl.PluralRules('en') };

/**
 * The count a plural choice reads from a value: a number as is; a text (a count already written
 * for people, `1.234` / `1,234`) by its digits.
 */
const countOf = (v: string | number): number => (typeof v === 'number' ? v : Number(v.replace(/\D/g, '') || NaN));

/**
 * The form `count` takes in `lang` (Intl.PluralRules): `one` or the other. Portuguese puts 0 and 1
 * in `one` ("0 tarefa", "1 tarefa", "2 tarefas"), English only 1.
 */
export function pluralForm(count: number, lang: Lang, one: string, other: string): string {
  return pluralRules[lang].select(count) === 'one' ? one : other;
}

/** A plural choice `{name#one|other}`; its forms may hold plain `{name}` placeholders. Linear: no nested quantifiers over the same text. */
const PLURAL = /\{(\w+)#((?:[^{}|]|\{\w+\})*)\|((?:[^{}]|\{\w+\})*)\}/g;

/**
 * Fills the placeholders of `text` from `vars`: `{name}` with the value, and a plural choice
 * `{name#form for one|form for other}` with the form the value's count takes in `lang` (the text
 * writes `{n} {n#tarefa agendada|tarefas agendadas}`, never "tarefa(s)"). An unknown name is left
 * as written.
 */
export function fillPlaceholders(text: string, vars: Record<string, string | number> | undefined, lang: Lang = 'en'): string {
  if (!vars) return text;
  // Plural choices first (a form may hold plain placeholders: `{n#o usuário|os {n} usuários}`), then
  // the plain placeholders in one pass, so a value is never read again as a placeholder.
  const chosen = text.includes('#')
    ? text.replace(PLURAL, (whole, name: string, one: string, other: string) => (name in vars ? pluralForm(countOf(vars[name]!), lang, one, other) : whole))
    : text;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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
 * `{name}` (and plural choices `{name#one|other}`, see `fillPlaceholders`) and their values are
 * type-checked at each call. Write tables `as const`.
 */
export function defineStrings<const T extends Record<string, Localized>>(table: T): Strings<T> {
  return {
    table,
    t: (lang, key, ...vars) => fillPlaceholders(table[key]![lang], vars[0] as Record<string, string | number> | undefined, lang),
    l: (key, ...vars) => {
      const v = vars[0] as Record<string, string | number> | undefined;
      return { 'pt-BR': fillPlaceholders(table[key]!['pt-BR'], v, 'pt-BR'), en: fillPlaceholders(table[key]!.en, v, 'en') };
    },
    stored: (value) => (Object.hasOwn(table, value) ? table[value]! : { 'pt-BR': value, en: value }),
    in:
      (lang) =>
      (key, ...vars) =>
        fillPlaceholders(table[key]![lang], vars[0] as Record<string, string | number> | undefined, lang),
  };
}
