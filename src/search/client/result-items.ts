import { modules } from '../../articles/modules';
import { searchStrings } from '../../i18n/search';
import { uiStrings, type Lang, type UiKey } from '../../i18n/ui';
import { matchingSymptom } from '../matching-symptom';
import type { SearchOutcome } from '../search-both';
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
}

/** A group of results; `heading` is set when the dialog shows two languages. */
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
  return data.map((d) => {
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
    };
  });
}

/** Loads the shown pages' data and groups them: the other language first when it matched better. */
export async function resultGroups(outcome: SearchOutcome, engines: Record<Lang, BrowserEngine>, query: string, pageLang: Lang): Promise<ResultGroup[]> {
  const primary = await itemsOf(outcome.primary, engines[outcome.primary.lang], query, pageLang);
  if (!outcome.foreign) return [{ lang: pageLang, items: primary }];
  const foreign = await itemsOf(outcome.foreign, engines[outcome.foreign.lang], query, pageLang);
  const groups: ResultGroup[] = [{ lang: outcome.foreign.lang, heading: searchStrings.t(pageLang, 'otherLanguage'), note: searchStrings.t(pageLang, 'otherLanguageNote'), items: foreign }];
  if (primary.length) groups.push({ lang: pageLang, heading: searchStrings.t(pageLang, 'thisLanguage'), items: primary });
  return groups;
}
