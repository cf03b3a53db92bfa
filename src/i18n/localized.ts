import type { Lang } from './ui';

/** A text a person reads, in both languages of the site. */
export type Localized = { 'pt-BR': string; en: string };

/** The text of `l` in `lang`. */
export const inLang = (l: Localized, lang: Lang): string => l[lang];

/** Both languages of one value computed per language (`(lang) => text`). */
export const perLang = (text: (lang: Lang) => string): Localized => ({ 'pt-BR': text('pt-BR'), en: text('en') });

/** The same text in both languages (a name, a number, a code). */
export const sameInBoth = (text: string): Localized => perLang(() => text);

/** Several texts as one choice, as each language writes it ("a, b ou c" / "a, b, or c"). */
export const choiceOf = (items: readonly Localized[]): Localized =>
  perLang((lang) => new Intl.ListFormat(lang, { type: 'disjunction' }).format(items.map((i) => i[lang])));
