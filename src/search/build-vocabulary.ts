import { indexedText } from './indexed-text';
import { tokenize } from './normalize';

/** Where the dialog finds a language's vocabulary (built next to the Pagefind index). */
export const vocabularyPath = (lang: string) => `/search/vocabulary.${lang.toLowerCase()}.json`;

/**
 * The words of the indexed pages per language (`pt-BR`, `en`), folded, most frequent first:
 * what typo tolerance corrects to, and how each language tells that a word belongs to the other.
 */
export function buildVocabulary(pages: Iterable<string>): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const html of pages) {
    const page = indexedText(html);
    if (!page) continue;
    const c = counts.get(page.lang) ?? new Map<string, number>();
    for (const w of tokenize(page.text)) if (w.length >= 2 && !/^\d+$/.test(w)) c.set(w, (c.get(w) ?? 0) + 1);
    counts.set(page.lang, c);
  }
  return new Map([...counts].map(([lang, c]) => [lang, [...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w)]));
}
