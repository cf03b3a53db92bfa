import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { type Benchmark, percentile } from './harness';
import { startBenchServer } from './http-server';

/**
 * Issue 14: time from keystroke to rendered results in Chromium over the test set of queries
 * (tests/e2e/search-queries), through our search dialog and through the plain Pagefind UI on the
 * same built site and the same index, as the baseline. The index size per language is read from
 * dist/client/pagefind (plus the vocabulary our dialog loads for typo tolerance).
 *
 * Both run in a fresh page per language, queries in the same order, each typed as one input event
 * into an empty box; the time ends when the results are in the DOM (for the Pagefind UI: every
 * result it shows has its title, no loading placeholder left) and a frame has been painted.
 * The Pagefind UI is given no debounce (its default waits 300 ms) so that both measure the work,
 * not a timer; our dialog has none.
 */
type Lang = 'pt-BR' | 'en';
type Entry = { article: string; 'pt-BR': string[]; en: string[] };
const QUERIES = 'tests/e2e/search-queries';
const PAGEFIND = 'dist/client/pagefind';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function queriesOf(lang: Lang): string[] {
  return readdirSync(QUERIES)
    .filter((f) => f.endsWith('.json') && f !== 'cross-language.json' && f !== 'no-coverage.json')
    .flatMap((f) => (JSON.parse(readFileSync(join(QUERIES, f), 'utf8')) as Entry[]).flatMap((e) => e[lang]));
}

/** Bytes of the Pagefind files of one language (index chunks, fragments, filters, meta, wasm). */
function indexBytes(lang: Lang): number {
  const prefix = lang === 'en' ? 'en_' : 'pt-br_';
  let total = 0;
  for (const sub of ['index', 'fragment', 'filter']) {
    for (const f of readdirSync(join(PAGEFIND, sub))) if (f.startsWith(prefix)) total += statSync(join(PAGEFIND, sub, f)).size;
  }
  for (const f of readdirSync(PAGEFIND)) {
    if (f.startsWith(`pagefind.${prefix}`) || f === `wasm.${lang === 'en' ? 'en' : 'pt-br'}.pagefind`) total += statSync(join(PAGEFIND, f)).size;
  }
  return total;
}

/** Our dialog: opens it, waits for both indexes, then times each query to its rendered event + a frame. */
async function timeDialog(page: Page, queries: string[]): Promise<number[]> {
  await page.locator('omni-search button[data-open]:not([disabled])').waitFor();
  await page.keyboard.press('Control+k');
  await page.locator('omni-search dialog[open]').waitFor();
  await page.waitForFunction(() => !(document.querySelector('omni-search [data-status]')?.textContent ?? '').endsWith('…'), null, { timeout: 60_000 });
  return page.evaluate(async (qs) => {
    const el = document.querySelector('omni-search')!;
    const input = el.querySelector('input')!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const out: number[] = [];
    for (const q of qs) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      const rendered = new Promise<void>((resolve) =>
        el.addEventListener('omni-search:rendered', function done(e) {
          if ((e as CustomEvent<{ query: string }>).detail.query !== q) return;
          el.removeEventListener('omni-search:rendered', done);
          resolve();
        }),
      );
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await rendered;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }, queries);
}

/** The plain Pagefind UI on the same page: times each query until its first result title (or its "no results" message) is rendered. */
async function timePagefindUi(page: Page, queries: string[]): Promise<number[]> {
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'bench-pagefind-ui';
    document.body.prepend(div);
  });
  await page.addScriptTag({ url: '/pagefind/pagefind-ui.js' });
  await page.evaluate(() => {
    const w = window as unknown as { PagefindUI: new (o: object) => unknown };
    new w.PagefindUI({ element: '#bench-pagefind-ui', showSubResults: false, showImages: false, debounceTimeoutMs: 0 });
  });
  await page.locator('#bench-pagefind-ui input').waitFor();
  // Warms the same as our dialog's opening does: the language's index and wasm are loaded once.
  return page.evaluate(async (qs) => {
    const root = document.querySelector('#bench-pagefind-ui')!;
    const input = root.querySelector('input')!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const settled = (q: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (input.value !== q) return false;
          const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
          const results = root.querySelectorAll('.pagefind-ui__result');
          // Rendered: every result shown has its title (no loading placeholder left), or "no results".
          if (
            results.length > 0 &&
            !root.querySelector('.pagefind-ui__loading') &&
            [...results].every((r) => (r.querySelector('.pagefind-ui__result-title')?.textContent ?? '').trim())
          )
            return true;
          return /\b0\b|no results|nenhum/i.test(message) && !!message.trim();
        };
        if (check()) return resolve();
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(root, { subtree: true, childList: true, characterData: true });
      });
    const cleared = () =>
      new Promise<void>((resolve) => {
        const empty = () => root.querySelectorAll('.pagefind-ui__result').length === 0;
        if (empty()) return resolve();
        const mo = new MutationObserver(() => {
          if (empty()) {
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(root, { subtree: true, childList: true });
      });
    const type = (v: string) => {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // One search loads the index and the wasm, as opening our dialog does before its first query.
    type('omni');
    await settled('omni');
    const out: number[] = [];
    for (const q of qs) {
      type('');
      await cleared();
      await frame();
      const done = settled(q);
      const t0 = performance.now();
      type(q);
      await done;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }, queries);
}

export const searchBenchmark: Benchmark = {
  name: 'search',
  description:
    'keystroke → rendered results in Chromium over the query set: our dialog against the plain Pagefind UI (baseline), and the index size per language',
  async run(ctx) {
    try {
      statSync(join(PAGEFIND, 'pagefind-entry.json'));
    } catch {
      throw new Error('search: the site is not built (dist/client/pagefind is missing); run `npm run build` first.');
    }
    for (const lang of ['pt-BR', 'en'] as const) {
      const vocabulary = statSync(`dist/client/search/vocabulary.${lang === 'en' ? 'en' : 'pt-br'}.json`).size;
      ctx.report(`index size ${lang} (Pagefind)`, indexBytes(lang) / 1024, 'KiB');
      ctx.report(`index size ${lang} (+ our vocabulary)`, (indexBytes(lang) + vocabulary) / 1024, 'KiB');
    }
    const dir = mkdtempSync(join(tmpdir(), 'omni-bench-search-'));
    const server = await startBenchServer({ DATA_DIR: dir });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const all: Record<'dialog' | 'pagefind', number[]> = { dialog: [], pagefind: [] };
      for (const lang of ['pt-BR', 'en'] as const) {
        const queries = ctx.quick ? queriesOf(lang).slice(0, 20) : queriesOf(lang);
        // Baseline and ours alternate by language so that neither always runs on a warmer machine.
        const order = lang === 'pt-BR' ? (['pagefind', 'dialog'] as const) : (['dialog', 'pagefind'] as const);
        for (const which of order) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.base });
          const page = await context.newPage();
          // Recording insights is not search work: keep the benchmark's queries out of them.
          await page.route('**/api/search/**', (r) => r.abort());
          // tsx keeps function names with a `__name` helper the page does not have: give it one.
          await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
          await page.goto(lang === 'en' ? '/en/' : '/');
          const times = which === 'dialog' ? await timeDialog(page, queries) : await timePagefindUi(page, queries);
          await context.close();
          all[which].push(...times);
          const label = which === 'dialog' ? 'our dialog' : 'Pagefind UI';
          ctx.report(`${label} ${lang}: median`, percentile(times, 50), 'ms', `${times.length} queries`);
          ctx.report(`${label} ${lang}: p95`, percentile(times, 95), 'ms');
        }
      }
      const p95 = { dialog: percentile(all.dialog, 95), pagefind: percentile(all.pagefind, 95) };
      ctx.report('our dialog: median (both languages)', percentile(all.dialog, 50), 'ms');
      ctx.report('our dialog: p95 (both languages)', p95.dialog, 'ms');
      ctx.report('Pagefind UI: median (both languages)', percentile(all.pagefind, 50), 'ms', 'baseline');
      ctx.report('Pagefind UI: p95 (both languages)', p95.pagefind, 'ms', 'baseline');
      ctx.report('p95 ratio, ours / baseline', p95.dialog / p95.pagefind, '×', 'goal ≤ 1.3');
    } finally {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
