import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { shot, useBrowser } from './helpers/browser';
import { hydrated, signedInPage } from './helpers/signed-in';
import { expectNoSidewaysScroll } from './helpers/layout';

const b = useBrowser();

/** The three bulk forms on their own pages, in both languages, and how to bring each to a state with its list shown. */
const screens = [
  {
    name: 'transfer',
    path: '/bulk/transfer/',
    root: '.omni-transfer',
    ready: (f: Locator) =>
      f
        .locator('select[name=serviceId]')
        .selectOption({ label: 'Suporte Técnico' })
        .then(() => f.locator('.omni-transfer-list tbody tr').first().waitFor()),
  },
  { name: 'migration', path: '/bulk/migrate/?pageSize=5', root: '.bulk-migration', ready: (f: Locator) => f.locator('.bulk-users tbody tr').first().waitFor() },
  { name: 'import', path: '/bulk/import/', root: '.bulk-form', ready: (f: Locator) => f.locator('input[type=file]').waitFor() },
] as const;

async function open(page: Page, lang: 'pt-BR' | 'en', s: (typeof screens)[number]): Promise<Locator> {
  await page.goto(`${lang === 'en' ? '/en' : ''}${s.path}`);
  const form = await hydrated(page, s.root);
  await s.ready(form);
  return form;
}

describe('the bulk forms share the controls, name every button and work by keyboard', () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    for (const s of screens) {
      test(`${s.name} (${lang}): shared controls, named buttons, every control reached by Tab, no sideways scroll at 390 px`, async () => {
        const page = await signedInPage(b.newPage, 'supervisor@demo.local');
        const form = await open(page, lang, s);
        expect(await form.getAttribute('class')).toMatch(/\bomni-tool\b/);
        // Every button has a name a screen reader can say; icon buttons by aria-label.
        const unnamed = await form
          .locator('button')
          .evaluateAll((bs) => bs.filter((btn) => !(btn.getAttribute('aria-label') ?? btn.textContent ?? '').trim()).map((btn) => btn.outerHTML));
        expect(unnamed).toEqual([]);
        const icons = await form.locator('.omni-icon-button').evaluateAll((bs) => bs.map((btn) => btn.getAttribute('aria-label') ?? ''));
        for (const name of icons) expect(name.length).toBeGreaterThan(3);
        // Tab reaches every enabled control of the form, in order.
        const total = await form.evaluate((root) => {
          const all = [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])')].filter(
            (e) => e.getClientRects().length > 0 && !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked),
          );
          all.forEach((e, i) => e.setAttribute('data-kb', String(i)));
          all[0].focus();
          return all.length;
        });
        const seen = new Set<string>([await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? '')]);
        for (let i = 0; i < total + 3 && seen.size < total + 1; i++) {
          await page.keyboard.press('Tab');
          seen.add(await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? ''));
        }
        const missed = Array.from({ length: total }, (_, i) => String(i)).filter((i) => !seen.has(i));
        expect(missed).toEqual([]);
        await shot(page, `bulk-${s.name}-${lang}-1280`);
        await expectNoSidewaysScroll(page, `the ${s.name} screen (${lang})`);
        await shot(page, `bulk-${s.name}-${lang}-390`);
        // What a phone shows once the form is scrolled into view (the full page is long).
        await form.evaluate((root) => root.scrollIntoView());
        await page.screenshot({ path: `screenshots/bulk-${s.name}-${lang}-390-view.png` });
        await page.close();
      });
    }
  }

  test.each(['pt-BR', 'en'] as const)('%s: Enter and Space activate the buttons (select a page, clear, refresh)', async (lang) => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    const form = await open(page, lang, screens[1]);
    const selected = form.locator('[data-testid=selected]');
    await form.locator('.bulk-select-page').focus();
    await page.keyboard.press('Space');
    expect(await selected.textContent()).toBe(lang === 'en' ? '5 selected' : '5 selecionados');
    await form.getByRole('button', { name: lang === 'en' ? 'Clear the selection' : 'Limpar a seleção' }).focus();
    await page.keyboard.press('Enter');
    expect(await selected.textContent()).toBe(lang === 'en' ? '0 selected' : '0 selecionados');
    // A box ticked with Space, then the refresh button by Enter: the list reloads, the tick stays (selection survives).
    const first = form.locator('.bulk-users tbody input[type=checkbox]').first();
    await first.focus();
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    const refresh = form.getByRole('button', { name: lang === 'en' ? 'Refresh the list and the history' : 'Atualizar a lista e o histórico' });
    await refresh.focus();
    expect(await form.getByRole('tooltip').isVisible()).toBe(true);
    const reloaded = page.waitForResponse((r) => r.url().includes('/_actions/bulk.migration.users'));
    await page.keyboard.press('Enter');
    await reloaded;
    expect(await selected.textContent()).toBe(lang === 'en' ? '1 selected' : '1 selecionado');
    // The selection survives a page change.
    await form.getByRole('button', { name: lang === 'en' ? 'Next' : 'Próxima', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.bulk-pages')?.textContent?.match(/(Página|Page) 2/));
    expect(await selected.textContent()).toBe(lang === 'en' ? '1 selected' : '1 selecionado');
    await page.close();
  });
});
