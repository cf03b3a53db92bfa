import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/browser';

/**
 * Every article must be found in the top three results of the built Pagefind index by the real
 * queries listed for it in tests/e2e/search-queries/*.json, in each language; at least one query per
 * language is typed without accents.
 */
type Entry = { article: string; 'pt-BR': string[]; en: string[] };
const dir = 'tests/e2e/search-queries';
const entries: Entry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entry[]);

const b = useBrowser();
const pages: Record<'pt-BR' | 'en', Page | undefined> = { 'pt-BR': undefined, en: undefined };

beforeAll(async () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const page = await b.newPage();
    await page.goto(lang === 'en' ? '/en/' : '/');
    // A string, so that vitest does not rewrite the browser's dynamic import.
    await page.evaluate(`(async () => { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); })()`);
    pages[lang] = page;
  }
});
afterAll(async () => {
  await pages['pt-BR']?.close();
  await pages.en?.close();
});

async function topThree(lang: 'pt-BR' | 'en', query: string): Promise<string[]> {
  return pages[lang]!.evaluate(async (q) => {
    type Result = { data(): Promise<{ url: string }> };
    const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: Result[] }> } }).pf;
    const { results } = await pf.search(q);
    const data = await Promise.all(results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  }, query);
}

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

describe('search queries', () => {
  test('cover every article with two queries per language, one without accents', () => {
    const covered = new Set(entries.map((e) => e.article));
    const articles = readdirSync('src/content/docs', { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.mdx?$/.test(d.name) && !d.parentPath.includes('/en') && d.parentPath !== 'src/content/docs')
      .map((d) => `${d.parentPath.replace('src/content/docs/', '')}/${d.name.replace(/\.mdx?$/, '')}`);
    expect(articles.filter((a) => !covered.has(a))).toEqual([]);
    for (const e of entries) {
      for (const lang of ['pt-BR', 'en'] as const) {
        expect(e[lang].length, `${e.article} ${lang}`).toBeGreaterThanOrEqual(2);
      }
      expect(e['pt-BR'].some((q) => q === strip(q)), `${e.article} pt-BR needs a query typed without accents`).toBe(true);
    }
  });

  for (const e of entries) {
    for (const lang of ['pt-BR', 'en'] as const) {
      const expected = lang === 'en' ? `/en/${e.article}/` : `/${e.article}/`;
      test.each(e[lang])(`${lang} "%s" finds ${e.article}`, async (q) => {
        expect(await topThree(lang, q)).toContain(expected);
      });
    }
  }
});
