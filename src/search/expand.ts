import type { Lang } from '../i18n/ui';
import { fold, tokenize } from './normalize';
import { sameStem } from './same-stem';
import { stopWords } from './stop-words';
import { synonyms, type SearchVocabulary } from './synonyms';

/** Another way to say a query word, and how much a match on it counts next to the word itself. */
export interface Variant {
  text: string;
  weight: number;
}

/** Weight of a synonym's match next to the typed word's (1). */
export const SYNONYM_WEIGHT = 0.7;

/** The meaningful words of a text: tokens without the language's stop words. */
export function contentWords(text: string, lang: Lang): string[] {
  return tokenize(text).filter((w) => !stopWords[lang].has(w));
}

/** True when every meaningful word of `phrase` has a form among `words`. */
function phraseIn(phrase: string, words: string[], lang: Lang): boolean {
  const need = contentWords(phrase, lang);
  return need.length > 0 && need.every((n) => words.some((w) => sameStem(n, w)));
}

/**
 * The synonyms and colloquial equivalents of one query word (folded), without the word itself.
 * Only single-word members match a query word; phrases come back as variants to search.
 */
export function variantsOf(word: string, lang: Lang, vocabulary: SearchVocabulary = synonyms[lang]): Variant[] {
  const out = new Map<string, number>();
  for (const group of vocabulary.synonyms) {
    if (!group.some((m) => !/\s/.test(m) && sameStem(word, fold(m)))) continue;
    for (const m of group) if (!sameStem(word, fold(m))) out.set(fold(m), SYNONYM_WEIGHT);
  }
  for (const [typed, meant] of Object.entries(vocabulary.colloquial)) {
    if (!sameStem(word, fold(typed))) continue;
    for (const m of meant) out.set(fold(m), SYNONYM_WEIGHT);
  }
  return [...out].map(([text, weight]) => ({ text, weight }));
}

/**
 * Hidden keywords for an article: the other members of every synonym group one of whose members
 * is in `text` (the title and symptoms), and the typed words whose meaning is there. Indexed as
 * metadata so that the whole query already finds the article by the words people use.
 */
export function keywordsFor(text: string, lang: Lang, vocabulary: SearchVocabulary = synonyms[lang]): string[] {
  const words = contentWords(text, lang);
  const out = new Set<string>();
  for (const group of vocabulary.synonyms) {
    const present = group.filter((m) => phraseIn(m, words, lang));
    if (present.length === 0) continue;
    for (const m of group) if (!present.includes(m)) out.add(fold(m));
  }
  for (const [typed, meant] of Object.entries(vocabulary.colloquial)) {
    if (meant.some((m) => phraseIn(m, words, lang))) out.add(fold(typed));
  }
  return [...out];
}
