import { modules } from '@/articles/modules';
import { searchStrings } from '@/i18n/search';
import { uiStrings, type Lang, type UiKey } from '@/i18n/ui';
import { matchingSymptom } from '../matching-symptom';
import type { SearchOutcome } from '../search-both';
import { bestSection, type Section } from '../section';
import type { Outcome } from '../strategy';
import type { BrowserEngine } from './pagefind-engine';

/** One result as the dialog shows it. */
export interface ResultItem {
  url: string;
  title: string;
  /** Kind and module labels in the page's language. */
  labels: string[];
  /** The matching symptom, or undefined (then the excerpt is shown). */
  symptom?: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around matches. */
  excerpt: string;
  lang: Lang;
  /** `strong` when the article answers the query, `weak` for a "maybe" (see isStrong). */
  match: 'strong' | 'weak';
  /** The section that holds the query best; the result opens at it. */
  section?: Section;
}

/** A group of results; `heading` is set when the dialog shows two languages or "maybe" results. */
export interface ResultGroup {
  lang: Lang;
  heading?: string;
  note?: string;
  items: ResultItem[];
}

const moduleLabel = (id: string | undefined, lang: Lang) => {
  const m = modules.find((x) => x.id === id);
  return m ? (lang === 'en' ? m.en : m.label) : undefined;
};

async function itemsOf(outcome: Outcome, engine: BrowserEngine, query: string, pageLang: Lang): Promise<ResultItem[]> {
  const data = await Promise.all(outcome.pages.map((p) => engine.data(p.id)));
  return data.map((d, i) => {
    const page = outcome.pages[i]!;
    const kind = d.filters.kind?.[0];
    const labels = [kind ? uiStrings.t(pageLang, `kind.${kind}` as UiKey) : undefined, moduleLabel(d.filters.module?.[0], pageLang)];
    if (outcome.lang !== pageLang) labels.push(searchStrings.t(pageLang, `lang.${outcome.lang}`));
    return {
      url: d.url,
      title: d.meta.title ?? d.url,
      labels: [...new Set(labels.filter((l): l is string => Boolean(l)))],
      symptom: matchingSymptom(query, d.meta.symptoms, outcome.lang),
      excerpt: d.excerpt,
      lang: outcome.lang,
      match: page.strong ? 'strong' : 'weak',
      section: bestSection(d.anchors ?? [], page.positions),
    };
  });
}

/**
 * Loads the shown pages' data and groups them: the articles that answer the query (the other
 * language's first when it matched better), then the "maybe" ones under their own heading.
 */
export async function resultGroups(outcome: SearchOutcome, engines: Record<Lang, BrowserEngine>, query: string, pageLang: Lang): Promise<ResultGroup[]> {
  const [primary, foreign] = await Promise.all([
    itemsOf(outcome.primary, engines[outcome.primary.lang], query, pageLang),
    outcome.foreign ? itemsOf(outcome.foreign, engines[outcome.foreign.lang], query, pageLang) : Promise.resolve([]),
  ]);
  const strong = (items: ResultItem[]) => items.filter((i) => i.match === 'strong');
  const weak = [...primary, ...foreign].filter((i) => i.match === 'weak');
  const groups: ResultGroup[] = [];
  if (outcome.foreign && strong(foreign).length) {
    groups.push({
      lang: outcome.foreign.lang,
      heading: searchStrings.t(pageLang, 'otherLanguage'),
      note: searchStrings.t(pageLang, 'otherLanguageNote'),
      items: strong(foreign),
    });
    if (strong(primary).length) groups.push({ lang: pageLang, heading: searchStrings.t(pageLang, 'thisLanguage'), items: strong(primary) });
  } else if (strong(primary).length) groups.push({ lang: pageLang, items: strong(primary) });
  if (weak.length) groups.push({ lang: pageLang, heading: searchStrings.t(pageLang, 'maybe'), note: searchStrings.t(pageLang, 'maybeNote'), items: weak });
  return groups;
}
