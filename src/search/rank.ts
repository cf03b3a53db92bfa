/** One page Pagefind found for one search, with Pagefind's score. */
export interface Hit {
  id: string;
  score: number;
}

/** What each way of saying one query word found. */
export interface TermHits {
  term: string;
  variants: { text: string; weight: number; hits: Hit[] }[];
}

/** A page of the relaxed ranking. */
export interface Ranked {
  id: string;
  score: number;
  /** Share of the query's words that the page matches (itself or a variant), 0–1. */
  coverage: number;
  /** The query words the page matches (itself or a variant). */
  matched: string[];
}

/**
 * Ranks pages by the query words they hold. Each word weighs by its rarity (a word on every page
 * says little), and a page earns that weight in proportion to how strongly it holds the word (or
 * a synonym or correction of it, discounted) next to the page that holds it best. Pagefind's score
 * already counts a match in the title, the symptoms and the keywords above one in the body.
 */
export function rank(terms: TermHits[], pageCount: number): Ranked[] {
  const pages = new Map<string, { score: number; matched: string[] }>();
  for (const t of terms) {
    const best = new Map<string, number>();
    for (const v of t.variants) {
      for (const h of v.hits) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score * v.weight));
    }
    const df = best.size;
    if (df === 0) continue;
    const weight = Math.log(1 + pageCount / df);
    const top = Math.max(...best.values()) || 1;
    for (const [id, s] of best) {
      const p = pages.get(id) ?? { score: 0, matched: [] };
      p.score += weight * (s / top);
      p.matched.push(t.term);
      pages.set(id, p);
    }
  }
  return [...pages]
    .map(([id, p]) => ({ id, score: p.score, matched: p.matched, coverage: p.matched.length / terms.length }))
    .sort((a, b) => b.score - a.score);
}
