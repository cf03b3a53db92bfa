import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/browser';
import { openSearch, searchFor } from './helpers/search-dialog';

/**
 * Our query set (tests/e2e/search-queries/*.json): queries written from the situations as agents
 * type them, each naming the article it must find. Run through the search dialog in Chromium:
 * at least 95 % must have their article in the top three, and none may come back empty.
 */
type Entry = { article: string; 'pt-BR': string[]; en: string[] };
type Cross = { page: 'pt-BR' | 'en'; query: string; article: string };
const dir = 'tests/e2e/search-queries';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const entries: Entry[] = files.filter((f) => f !== 'cross-language.json').flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entry[]);
const cross: Cross[] = JSON.parse(readFileSync(join(dir, 'cross-language.json'), 'utf8'));
const langs = ['pt-BR', 'en'] as const;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
const articleSource = (lang: 'pt-BR' | 'en', article: string) => fold(readFileSync(`src/content/docs/${lang === 'en' ? 'en/' : ''}${article}.mdx`, 'utf8'));
const href = (lang: 'pt-BR' | 'en', article: string) => (lang === 'en' ? `/en/${article}/` : `/${article}/`);

describe('the query set', () => {
  test('covers every article with three queries or more per language, 75 or more per language in all', () => {
    const covered = new Set(entries.map((e) => e.article));
    const articles = readdirSync('src/content/docs', { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.mdx?$/.test(d.name) && !d.parentPath.includes('/en') && d.parentPath !== 'src/content/docs')
      .map((d) => `${d.parentPath.replace('src/content/docs/', '')}/${d.name.replace(/\.mdx?$/, '')}`);
    expect(articles.filter((a) => !covered.has(a))).toEqual([]);
    for (const e of entries) for (const lang of langs) expect(e[lang].length, `${e.article} ${lang}`).toBeGreaterThanOrEqual(3);
    for (const lang of langs) expect(entries.flatMap((e) => e[lang]).length).toBeGreaterThanOrEqual(75);
  });

  test('has queries typed without accents, with typos and with error codes', () => {
    const pt = entries.flatMap((e) => e['pt-BR']);
    expect(pt.filter((q) => q === q.normalize('NFD').replace(/\p{M}/gu, '')).length).toBeGreaterThan(pt.length / 2);
    for (const typo of ['impotar', 'licensa', 'encerar', 'imprt', 'transfered', 'sheduled']) expect(entries.some((e) => langs.some((l) => e[l].some((q) => q.includes(typo)))), typo).toBe(true);
    for (const code of ['403', '500', '502', '504']) expect(entries.some((e) => langs.some((l) => e[l].some((q) => q.includes(code)))), code).toBe(true);
  });

  test('copies no query from its article', () => {
    const copied = entries.flatMap((e) => langs.flatMap((lang) => e[lang].filter((q) => articleSource(lang, e.article).includes(fold(q))).map((q) => `${lang} ${e.article}: ${q}`)));
    expect(copied).toEqual([]);
  });
});

describe('search through the dialog', () => {
  const b = useBrowser();
  const pages: Partial<Record<'pt-BR' | 'en', Page>> = {};
  beforeAll(async () => {
    for (const lang of langs) {
      const page = await b.newPage();
      // Recording insights is not what this file tests: keep the query set out of them.
      await page.route('**/api/search/**', (r) => r.abort());
      await page.goto(lang === 'en' ? '/en/' : '/');
      await openSearch(page);
      pages[lang] = page;
    }
  }, 180_000);
  afterAll(async () => {
    for (const p of Object.values(pages)) await p?.close();
  });

  for (const lang of langs) {
    test(`finds the article in the top three for 95 % of the ${lang} queries, and never nothing`, async () => {
      const misses: string[] = [];
      const empty: string[] = [];
      let total = 0;
      for (const e of entries) {
        for (const q of e[lang]) {
          const results = await searchFor(pages[lang]!, q);
          total++;
          if (results.length === 0) empty.push(q);
          if (!results.slice(0, 3).some((r) => r.path === href(lang, e.article))) misses.push(`"${q}" → ${e.article} (got ${results.slice(0, 3).map((r) => r.path).join(' ')})`);
        }
      }
      expect(empty).toEqual([]);
      expect(total - misses.length, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(Math.ceil(total * 0.95));
    }, 600_000);
  }

  test('shows the other language\'s article, labelled with its language, for a query in that language', async () => {
    const misses: string[] = [];
    for (const c of cross) {
      const other = c.page === 'en' ? 'pt-BR' : 'en';
      const results = (await searchFor(pages[c.page]!, c.query)).slice(0, 3);
      const hit = results.find((r) => r.path === href(other, c.article));
      if (!hit) misses.push(`${c.page} "${c.query}" → ${results.map((r) => r.path).join(' ')}`);
      else {
        expect(hit.hreflang).toBe(other);
        expect(hit.labels).toContain(c.page === 'en' ? 'Portuguese' : 'Inglês');
      }
    }
    expect(misses).toEqual([]);
  }, 300_000);
});
