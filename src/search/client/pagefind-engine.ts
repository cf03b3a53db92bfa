import type { Lang } from '../../i18n/ui';
import { vocabularyPath } from '../build-vocabulary';
import type { Hit } from '../rank';
import type { Engine } from '../strategy';

/** A result's data as Pagefind returns it (the fields we use). */
export interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string; symptoms?: string };
  filters: { kind?: string[]; module?: string[] };
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageData>;
}
interface PagefindInstance {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
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
            results.set(x.id, x);
            return { id: x.id, score: x.score };
          }),
        );
        if (cache.size > 2000) cache.clear();
        cache.set(text, hits);
      }
      return hits;
    },
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
