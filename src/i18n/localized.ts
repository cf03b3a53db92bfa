import type { Lang } from './ui';

/** A text a person reads, in both languages of the site. */
export type Localized = { 'pt-BR': string; en: string };

/** The text of `l` in `lang`. */
export const inLang = (l: Localized, lang: Lang): string => l[lang];
