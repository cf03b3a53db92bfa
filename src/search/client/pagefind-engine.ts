import { vocabularyPath } from '../build-vocabulary';
import type { Lang } from '@/i18n/ui';
import { contentWords } from '../expand';
import { PageWords } from '../page-words';
import type { Head, Hit } from '../rank';
import type { Anchor } from '../section';
import type { Engine } from '../strategy';

/** A result's data as Pagefind returns it (the fields we use). */
export interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string; symptoms?: string };
  /** The page's indexed text. */
  content?: string;
  filters: { kind?: string[]; module?: string[] };
  /** The page's elements with an id (headings among them), with their first word's position. */
  anchors?: Anchor[];
}

interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words. */
  words?: number[];
  data(): Promise<PageData>;
}
interface PagefindInstance {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  /** `null` searches by filters only: every page. */
  search(term: string | null): Promise<{ results: PagefindResult[] } | null>;
}

/** The head of a page as the ranking reads it: title and symptom words, each line apart. */
export function headOf(data: PageData, lang: Lang): Head {
  const symptoms = (data.meta.symptoms ?? '').split(' | ').filter(Boolean);
  const title = contentWords(data.meta.title ?? '', lang);
  const lines = [title, ...symptoms.map((s) => contentWords(s, lang))];
  return { title, symptoms: lines.slice(1).flat(), lines };
}
interface PagefindModule {
  createInstance(o: object): PagefindInstance;
}

/** An engine that can also load a page's data for display. */
export interface BrowserEngine extends Engine {
  data(id: string): Promise<PageData>;
}

/**
 * Match weights of our metadata next to the body: the title (Pagefind's default), the symptoms
 * people type, and the hidden synonym keywords.
 */
export const metaWeights = { title: 5, symptoms: 3, keywords: 1.5 };

const bundle = '/pagefind/';
let modulePromise: Promise<PagefindModule> | undefined;
let entryPromise: Promise<{ languages: Record<string, { page_count: number }> }> | undefined;

/**
 * Opens `lang`'s Pagefind index as its own instance. Pagefind picks the index from `<html lang>`
 * when an instance is created, so the attribute names `lang` for that synchronous call only.
 * One web worker holds one language's WebAssembly, so only the page's language runs in the
 * worker (`worker`); the other language runs on the main thread.
 */
export async function openEngine(lang: Lang, worker: boolean): Promise<BrowserEngine> {
  modulePromise ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>;
  entryPromise ??= fetch(`${bundle}pagefind-entry.json`).then((r) => r.json());
  const [mod, entry, vocabulary] = await Promise.all([
    modulePromise,
    entryPromise,
    fetch(vocabularyPath(lang)).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])),
  ]);
  const html = document.documentElement;
  const pageLang = html.lang;
  html.lang = lang;
  let instance: PagefindInstance;
  try {
    instance = mod.createInstance({ basePath: bundle, noWorker: !worker });
  } finally {
    html.lang = pageLang;
  }
  await instance.options({ ranking: { metaWeights } });
  await instance.init();

  const cache = new Map<string, Promise<Hit[]>>();
  const results = new Map<string, PagefindResult>();
  const data = new Map<string, Promise<PageData>>();
  // Every page's data once, when the dialog opens (a few dozen small fragments): the ranking reads
  // each candidate's title and symptoms on every keystroke, without waiting for a fragment.
  const heads = new Map<string, Head>();
  const texts = new Map<string, PageWords>();
  const all = (await instance.search(null))?.results ?? [];
  await Promise.all(
    all.map(async (r) => {
      results.set(r.id, r);
      const d = r.data();
      data.set(r.id, d);
      const page = await d;
      heads.set(r.id, headOf(page, lang));
      texts.set(r.id, new PageWords(page.content ?? ''));
    }),
  );
  return {
    lang,
    pageCount: entry.languages[lang.toLowerCase()]?.page_count ?? 1,
    vocabulary,
    known: new Set(vocabulary),
    search(text) {
      let hits = cache.get(text);
      if (!hits) {
        hits = instance.search(text).then((r) =>
          (r?.results ?? []).map((x) => {
            if (!results.has(x.id)) results.set(x.id, x);
            return { id: x.id, score: x.score, words: x.words ?? [] };
          }),
        );
        if (cache.size > 2000) cache.clear();
        cache.set(text, hits);
      }
      return hits;
    },
    head: (id) => heads.get(id),
    holds: (id, words) => texts.get(id)?.holdsAll(words) ?? false,
    data(id) {
      let d = data.get(id);
      if (!d) {
        const r = results.get(id);
        if (!r) return Promise.reject(new Error(`No search result ${id}`));
        d = r.data();
        data.set(id, d);
      }
      return d;
    },
  };
}
