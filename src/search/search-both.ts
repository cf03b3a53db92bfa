import { queryTerms, searchLanguage, type Engine, type Outcome } from './strategy';

/** Below this coverage the page's language has no good match and the other language is tried. */
export const WEAK_COVERAGE = 0.5;

/** What the dialog shows: the page language's outcome and, when it is better, the other language's. */
export interface SearchOutcome {
  primary: Outcome;
  /** Pages of the other language, labelled with it; shown first when present. */
  foreign?: Outcome;
}

/**
 * How much more the query's words belong to the other language than to the page's: words only
 * the other index holds minus words only the page's index holds.
 */
export function leansToOther(query: string, own: Engine, other: Engine): number {
  let lean = 0;
  for (const t of queryTerms(query, own.lang)) {
    const mine = own.known.has(t);
    const theirs = other.known.has(t);
    if (theirs && !mine) lean++;
    else if (mine && !theirs) lean--;
  }
  return lean;
}

/**
 * Searches the page's language and, when nothing there matches well (no strong page, or the best
 * page holds less than half the query's words) or the query's words are rather the other
 * language's, the other language too; its pages are shown when they match better or the query is
 * in that language.
 * Each language corrects typos only for words the other does not know, so an English word on a
 * Portuguese page stays as typed.
 */
export async function searchBoth(query: string, own: Engine, other: Engine): Promise<SearchOutcome> {
  const primary = await searchLanguage(query, own, other.known);
  const lean = leansToOther(query, own, other);
  if (primary.best >= WEAK_COVERAGE && primary.strong && lean <= 0) return { primary };
  const foreign = await searchLanguage(query, other, own.known);
  // The other language answers when the query leans to it, or when it has what the page's
  // language lacks: a strong match, or a better one.
  const better = foreign.strong ? !primary.strong || foreign.best > primary.best : !primary.strong && foreign.best > primary.best;
  if (foreign.pages.length === 0 || (lean <= 0 && !better)) return { primary };
  return { primary, foreign };
}
