import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, useBrowser } from './helpers/browser';
import { openSearch, searchFor } from './helpers/search-dialog';

/** The search dialog as a keyboard and screen-reader user meets it, signed out, in both languages. */
const b = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await b.newPage();
  await page.route('**/api/search/**', (r) => r.abort());
}, 60_000);
afterAll(async () => page?.close());

describe('search dialog', () => {
  test('opens from the header button as a modal with the focus in a combobox, in Portuguese', async () => {
    await page.goto('/licenses/no-licenses-available/');
    const button = page.locator('omni-search button[data-open]:not([disabled])');
    await button.click();
    const dialog = page.locator('omni-search dialog[open]');
    await dialog.waitFor();
    const input = page.getByRole('combobox', { name: 'Buscar' });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute('aria-controls')).toBe('omni-search-results');
    expect(await page.getByRole('listbox').count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => {});
    expect(await page.locator('omni-search dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('lists results with kind, module and the matching symptom, and says how many in Portuguese', async () => {
    await page.goto('/');
    await openSearch(page);
    const results = await searchFor(page, 'operador logado mas nao cai chat pra ele');
    expect(results[0]!.path).toBe('/chat/operator-receives-no-chats/');
    expect(results[0]!.labels).toBe('Solução de problemas · Chat e Filas');
    const first = page.locator('a[role="option"]').first();
    expect(await first.locator('.omni-sr-symptom').textContent()).toMatch(/^Sintoma: /);
    expect(await page.locator('[data-status]').textContent()).toMatch(/^\d+ resultados para “operador logado mas nao cai chat pra ele”$/);
    await shot(page, 'search-dialog-pt');
  });

  test('moves through the results with ↑/↓ and opens the chosen one with Enter', async () => {
    await page.goto('/');
    await openSearch(page);
    const results = await searchFor(page, 'fila de chat');
    expect(results.length).toBeGreaterThan(2);
    const input = page.locator('#omni-search-input');
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    const second = page.locator('a[role="option"]').nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    await input.press('ArrowUp');
    expect(await page.locator('a[role="option"]').first().getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowDown');
    await Promise.all([page.waitForURL((u) => u.pathname === results[1]!.path), input.press('Enter')]);
  });

  test('says which spelling it searched when it corrected a typo', async () => {
    await page.goto('/');
    await openSearch(page);
    const results = await searchFor(page, 'impotar usuarios de planilha');
    expect(results[0]!.path).toBe('/bulk/import-users-csv/');
    expect(await page.locator('[data-correction]').textContent()).toBe('Mostrando resultados para importar usuarios de planilha');
  });

  test('speaks English on English pages, opens with Ctrl+K, and says when nothing matches', async () => {
    await page.goto('/en/');
    await openSearch(page);
    expect(await page.getByRole('combobox', { name: 'Search' }).count()).toBe(1);
    const results = await searchFor(page, 'customer cannot send a file in chat');
    expect(results[0]!.path).toBe('/en/chat/chat-attachments/');
    expect(results[0]!.labels).toBe('Troubleshooting · Chat and Queues');
    expect(await page.locator('[data-status]').textContent()).toMatch(/^\d+ results for “customer cannot send a file in chat”$/);
    expect(await searchFor(page, 'zzqx wvvk')).toEqual([]);
    expect(await page.locator('[data-status]').textContent()).toBe('Nothing found for “zzqx wvvk”. Try describing the problem in other words.');
    await page.keyboard.press('Control+k');
    expect(await page.locator('omni-search dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });

  test('says when no article covers the query, with the closest articles under "Talvez", all marked weak', async () => {
    await page.goto('/');
    await openSearch(page);
    const results = await searchFor(page, 'esqueci minha senha');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.match)).toEqual(results.map(() => 'weak'));
    expect(await page.locator('[data-nocover]').textContent()).toBe('Nenhum artigo cobre isso');
    expect(await page.locator('[data-nocover]').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Talvez' }).count()).toBe(1);
    expect(await page.locator('[data-status]').textContent()).toMatch(/^Nenhum artigo cobre “esqueci minha senha”\. Talvez ajude: \d+ artigos? próximos?\.$/);
    await shot(page, 'search-dialog-no-coverage-pt');
    const covered = await searchFor(page, 'acabaram as licencas');
    expect(covered[0]!.path).toBe('/licenses/no-licenses-available/');
    expect(covered[0]!.match).toBe('strong');
    expect(await page.locator('[data-nocover]').isVisible()).toBe(false);
  });

  test('shows the matching section under the title and opens the article at it', async () => {
    await page.goto('/en/');
    await openSearch(page);
    const results = await searchFor(page, 'max chat quantity of an operator');
    expect(results[0]!.match).toBe('strong');
    const i = results.findIndex((r) => r.hash);
    expect(i, JSON.stringify(results)).toBeGreaterThanOrEqual(0);
    const target = results[i]!;
    expect(target.section).toMatch(/^Section: .+/);
    const input = page.locator('#omni-search-input');
    for (let k = 0; k <= i; k++) await input.press('ArrowDown');
    await Promise.all([page.waitForURL((u) => u.pathname === target.path && u.hash === target.hash), input.press('Enter')]);
    const id = decodeURIComponent(target.hash.slice(1));
    expect((await page.locator(`[id="${id}"]`).textContent())?.trim()).toBe(target.section.replace(/^Section: /, ''));
    await page.goto('/en/');
    await openSearch(page);
    const none = await searchFor(page, 'printer not printing');
    expect(none.every((r) => r.match === 'weak')).toBe(true);
    if (none.length) expect(await page.locator('[data-nocover]').textContent()).toBe('No article covers this');
  });
});
