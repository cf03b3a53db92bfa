import type { Lang } from '../i18n/ui';
import { contentWords, variantsOf, type Variant } from './expand';
import { fold, tokenize } from './normalize';
import { rank, type Head, type Hit, type Ranked, type TermHits } from './rank';
import { stopWords } from './stop-words';
import { correct } from './typo';

/** One language's index as the strategy sees it (Pagefind in the browser, a fake in unit tests). */
export interface Engine {
  lang: Lang;
  /** Pages in the index. */
  pageCount: number;
  /** Pagefind's pages for a text, best first. */
  search(text: string): Promise<Hit[]>;
  /** The index's words, folded, most frequent first (for typo tolerance). */
  vocabulary: readonly string[];
  /** The same words as a set. */
  known: ReadonlySet<string>;
  /** The title and symptom words of a page, when known (they weigh in the ranking and in "strong"). */
  head?(id: string): Head | undefined;
  /** True when a page's text holds every one of `words` (folded), when known. */
  holds?(id: string, words: string[]): boolean;
}

/** The outcome of a query in one language. */
export interface Outcome {
  lang: Lang;
  /** The query with its typos corrected, when any word was; shown as "Showing results for …". */
  corrected?: string;
  /** Pages, best first. */
  pages: Ranked[];
  /** True when the whole query found too few pages and the relaxed ranking was used. */
  relaxed: boolean;
  /** Coverage of the best page (0 when nothing matched). */
  best: number;
  /** The query words searched (stop words dropped). */
  terms: string[];
  /** True when a page answers the query (a strong match; see isStrong in rank.ts). */
  strong: boolean;
}

/** Fewer pages than this from the whole query and the query is relaxed. */
export const HANDFUL = 5;
/** Weight of a match on the corrected spelling of a typo. */
const CORRECTED_WEIGHT = 0.9;
/** Pages kept per language. */
export const MAX_PAGES = 8;

/** The meaningful words of a query: without stop words, unless that leaves nothing. */
export function queryTerms(query: string, lang: Lang): string[] {
  const tokens = [...new Set(tokenize(query))];
  const kept = tokens.filter((t) => !stopWords[lang].has(t));
  return kept.length ? kept : tokens;
}

/** The query as typed, with each corrected word replaced by its correction. */
function rewrite(query: string, corrections: Map<string, string>): string {
  return query
    .split(/(\s+)/)
    .map((chunk) => {
      const key = fold(chunk).replace(/[^\p{L}\p{N}-]/gu, '');
      return corrections.get(key) ?? chunk;
    })
    .join('');
}

/**
 * Runs our query strategy on one language's index: corrects words of 5+ letters that the index
 * does not know (and the other language does not know either), searches each word and the whole
 * query (without stop words), and ranks every page holding a word by the words, synonyms and
 * corrections it holds, in its text and in its title and symptoms (rank.ts). When the whole query
 * finds fewer than a handful of pages the synonyms are searched too (relaxed), so that one word no
 * page shares never empties the list; otherwise a synonym counts where a page's head or text holds it.
 */
export async function searchLanguage(query: string, engine: Engine, otherVocabulary: ReadonlySet<string>): Promise<Outcome> {
  const terms = queryTerms(query, engine.lang);
  if (terms.length === 0) return { lang: engine.lang, pages: [], relaxed: false, best: 0, terms, strong: false };

  // The whole query goes out with the per-word searches (one round trip to the index less); it is
  // searched again, corrected, only when a word turns out to be a typo.
  const plainWhole = engine.search(terms.join(' '));
  plainWhole.catch(() => {}); // awaited below unless a correction replaces it
  const first = await Promise.all(terms.map((t) => engine.search(t)));
  const corrections = new Map<string, string>();
  terms.forEach((t, i) => {
    if (first[i]!.length > 0 || engine.known.has(t) || otherVocabulary.has(t)) return;
    const c = correct(t, engine.vocabulary);
    if (c) corrections.set(t, c);
  });
  const corrected = corrections.size ? rewrite(query, corrections) : undefined;
  // Pagefind requires every word it knows: the stop words go, or "very" would require "verify".
  const whole = await (corrections.size ? engine.search(terms.map((t) => corrections.get(t) ?? t).join(' ')) : plainWhole);

  const variantsOfTerm = (t: string): Variant[] => {
    const c = corrections.get(t);
    const base = c ? [{ text: c, weight: CORRECTED_WEIGHT }] : [{ text: t, weight: 1 }];
    // A word the synonyms file knows keeps its variants even when it also looks like a typo.
    const all = [...base, ...variantsOf(t, engine.lang), ...(c ? variantsOf(c, engine.lang) : [])];
    return all.filter((v, i) => all.findIndex((w) => w.text === v.text) === i);
  };
  const relaxed = whole.length < HANDFUL;
  // Every variant weighs in the head match; only the relaxed ranking searches them all.
  const termHits: TermHits[] = await Promise.all(
    terms.map(async (t, i) => {
      const variants = variantsOfTerm(t);
      const hits = await Promise.all(
        variants.map((v, j) => (j === 0 && !corrections.has(t) ? first[i]! : relaxed || j === 0 ? engine.search(v.text) : Promise.resolve([]))),
      );
      return { term: t, variants: variants.map((v, j) => ({ ...v, words: contentWords(v.text, engine.lang), hits: hits[j]! })) };
    }),
  );
  const ranked = rank(
    termHits,
    engine.pageCount,
    (id) => engine.head?.(id),
    (id, words) => engine.holds?.(id, words) ?? false,
  );
  // Every page holding some query word is ranked, not only those Pagefind found holding them all:
  // a page missing one word ("logado") may still be the one about the rest.
  const pages = ranked;
  return {
    lang: engine.lang,
    corrected,
    pages: pages.slice(0, MAX_PAGES),
    relaxed,
    best: Math.max(0, ...pages.map((p) => p.coverage)),
    terms,
    strong: pages.some((p) => p.strong),
  };
}
