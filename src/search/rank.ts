import { sameStem } from './same-stem';

/** One page Pagefind found for one search, with Pagefind's score. */
export interface Hit {
  id: string;
  score: number;
  /** Positions of the matched words in the page's body (Pagefind's word indexes), when known. */
  words?: readonly number[];
}

/**
 * What each way of saying one query word found. Every variant is listed (the word, its
 * correction, synonyms and colloquial meanings), each as its content words; `hits` is empty for a
 * variant that was not searched (the whole query found enough pages without it).
 */
export interface TermHits {
  term: string;
  variants: { text: string; words: string[]; weight: number; hits: Hit[] }[];
}

/**
 * The words of a page's head, folded and without stop words: the title, and the symptoms people
 * type (both written for search: a query word found there says what the page is about, not just
 * that the page mentions it).
 */
export interface Head {
  title: readonly string[];
  symptoms: readonly string[];
  /** The title and each symptom apart. */
  lines: readonly (readonly string[])[];
}

/** A page of the ranking. */
export interface Ranked {
  id: string;
  score: number;
  /** Share of the query's words that the page matches (itself or a variant), 0–1. */
  coverage: number;
  /** Share of the query's words found in the page's title or symptoms (itself or a variant), 0–1. */
  head: number;
  /** The query words the page matches (itself or a variant). */
  matched: string[];
  /** True when the page answers the query (see isStrong). */
  strong: boolean;
  /** Per matched query word, where the page's body holds it (the best variant's positions). */
  positions: (readonly number[])[];
}

/** Weight of a query word found in a page's head next to the same word's best body match (1). */
export const HEAD_WEIGHT = 1.5;
/** A variant found in a page's text without a search counts this share of the best body match. */
const UNSEARCHED_SHARE = 0.5;
/** Weight of the best head line's share of the query. */
export const LINE_WEIGHT = 1;
/** Share of the query words a strong page holds in its head. */
export const STRONG_HEAD = 0.4;
/** Share of the query words a strong page holds anywhere. */
export const STRONG_COVERAGE = 0.6;

/**
 * A page answers a query (a "strong" match) when it holds most of the query's words (60 %, a
 * synonym or a correction counting) and 40 % of them in its title or symptoms: the words people
 * type about a problem are the ones its article is written around. A page that holds the words
 * only in passing is a "maybe". Tuned on tests/e2e/search-queries: with these two thresholds the
 * right article is strong for 95 % of the query set and no query of no-coverage.json has a strong
 * page; one word less in the head (33 %) lets nine of those through ("tela azul no windows").
 */
export function isStrong(coverage: number, head: number): boolean {
  return coverage >= STRONG_COVERAGE && head >= STRONG_HEAD;
}

/** A symptom match counts this much of a title match. */
const SYMPTOM_SHARE = 0.8;

const holds = (words: readonly string[], need: string[]) => need.length > 0 && need.every((n) => words.some((w) => sameStem(n, w)));

/** How strongly `head` holds the term: 1 in the title, less in the symptoms, times the variant's weight; 0 when absent. */
export function headMatch(t: TermHits, head: Head | undefined): number {
  if (!head) return 0;
  let best = 0;
  for (const v of t.variants) {
    if (holds(head.title, v.words)) best = Math.max(best, v.weight);
    else if (holds(head.symptoms, v.words)) best = Math.max(best, v.weight * SYMPTOM_SHARE);
  }
  return best;
}

/**
 * Ranks pages by the query words they hold. Each word weighs by its rarity (a word on every page
 * says little), and a page earns that weight in proportion to how strongly it holds the word (or
 * a synonym or correction of it, discounted) next to the page that holds it best, plus a share for
 * holding it in its title or symptoms: Pagefind's score counts a title match above a body match
 * but also rewards a long body that repeats a word, and "the article about X" is the one whose
 * head says X.
 */
export function rank(
  terms: TermHits[],
  pageCount: number,
  headOf: (id: string) => Head | undefined = () => undefined,
  bodyHolds: (id: string, words: string[]) => boolean = () => false,
): Ranked[] {
  const pages = new Map<string, { score: number; matched: string[]; head: number; positions: (readonly number[])[] }>();
  const bodies = terms.map((t) => {
    const best = new Map<string, number>();
    const at = new Map<string, readonly number[]>();
    for (const v of t.variants) {
      for (const h of v.hits) {
        if (h.score * v.weight <= (best.get(h.id) ?? -1)) continue;
        best.set(h.id, h.score * v.weight);
        at.set(h.id, h.words ?? []);
      }
      for (const h of v.hits) if (!pages.has(h.id)) pages.set(h.id, { score: 0, matched: [], head: 0, positions: [] });
    }
    return { best, at, top: Math.max(0, ...best.values()) || 1 };
  });
  // Each query word weighs by its rarity; a candidate page earns it for holding the word in its
  // body (next to the page holding it best) and for holding it, or a synonym, in its head. A word
  // found only in the head through a synonym that was not searched still counts as held.
  terms.forEach((t, i) => {
    const { best, at, top } = bodies[i]!;
    const weight = Math.log(1 + pageCount / Math.max(1, best.size));
    for (const [id, p] of pages) {
      const inHead = headMatch(t, headOf(id));
      // A variant that was not searched (the whole query found enough pages) still counts when
      // the page's text holds it: at half a body match, discounted like the variant.
      const s =
        best.get(id) ??
        top *
          UNSEARCHED_SHARE *
          Math.max(0, ...t.variants.filter((v) => v.hits.length === 0 && v.words.length > 0 && bodyHolds(id, v.words)).map((v) => v.weight));
      if (s === 0 && inHead === 0) continue;
      p.score += weight * (s / top + HEAD_WEIGHT * inHead);
      p.matched.push(t.term);
      p.positions.push(at.get(id) ?? []);
      if (inHead > 0) p.head++;
    }
  });
  // The line of the head (title or one symptom) that holds most of the query's weight: an article
  // one of whose symptoms says most of the query is the article about it.
  const weights = terms.map((t) => {
    const ids = new Set(t.variants.flatMap((v) => v.hits.map((h) => h.id)));
    return ids.size ? Math.log(1 + pageCount / ids.size) : 0;
  });
  for (const [id, p] of pages) {
    const head = headOf(id);
    if (!head) continue;
    let bestLine = 0;
    for (const line of head.lines) {
      let w = 0;
      terms.forEach((t, i) => {
        if (t.variants.some((v) => holds(line, v.words))) w += weights[i]!;
      });
      bestLine = Math.max(bestLine, w);
    }
    p.score += LINE_WEIGHT * bestLine;
  }
  return [...pages]
    .map(([id, p]) => {
      const coverage = p.matched.length / terms.length;
      const head = p.head / terms.length;
      // Of two pages close in score, the one that holds more of the query, and more of it in its head.
      return {
        id,
        score: p.score * Math.sqrt((coverage + head) / 2),
        matched: p.matched,
        coverage,
        head,
        strong: isStrong(coverage, head),
        positions: p.positions,
      };
    })
    .sort((a, b) => Number(b.strong) - Number(a.strong) || b.score - a.score);
}
