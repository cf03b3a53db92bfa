import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed/demo';
import { shot, useBrowser } from './helpers/browser';
import { openSearch, searchFor } from './helpers/search-dialog';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * What a pt-BR reader sees is Portuguese (and an English reader English): the header badge, the
 * health charts, the live-check choices, task names, the search counter; and the header's sign-in,
 * sign-out and language switch stay reachable on a phone and bring the person back to their page.
 */
const b = useBrowser();
const admin = 'admin@demo.local';

const headerText = (page: Page) => page.locator('header').first().innerText();

describe('header badge', () => {
  test('names the profile in the page language', async () => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto('/email/emails-not-arriving/');
    const badge = page.locator('header .omni-who').first();
    await expect.poll(() => badge.innerText()).toContain('Administradora Demo');
    expect(await badge.innerText()).toContain('· Administrador');
    expect(await headerText(page)).not.toContain('Administrator');
    await page.goto('/en/email/emails-not-arriving/');
    await expect.poll(() => page.locator('header .omni-who').first().innerText()).toContain('· Administrator');
    await page.context().close();
  });
});

describe('health dashboard', () => {
  test.each(['pt-BR', 'en'] as const)('history charts name their series and dates in %s', async (lang) => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto(lang === 'en' ? '/en/health/' : '/health/');
    const chart = page.locator('.omni-history-chart').first();
    await chart.locator('.u-legend').waitFor({ timeout: 30_000 });
    const legend = (await chart.locator('.u-legend .u-series').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    expect(legend).toEqual(lang === 'en' ? ['OK', 'Warning', 'Failed'] : ['OK', 'Atenção', 'Falha']);
    expect(await chart.getAttribute('aria-label')).toMatch(lang === 'en' ? /^History of the last \d+ runs$/ : /^Histórico das últimas \d+ execuções$/);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `screenshots/site-health-chart-${lang}.png` });
    // On a phone the chart follows the card's width.
    await page.setViewportSize({ width: 390, height: 844 });
    const section = page
      .locator('section.omni-health-check')
      .filter({ has: page.locator('.omni-history-chart') })
      .first();
    await expect.poll(() => chart.evaluate((e) => e.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `screenshots/site-health-check-phone-${lang}.png` });
    await page.context().close();
  });

  test('runbook jobs show as task names, never as ids', async () => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto('/health/');
    const scheduler = page.locator('[data-check="scheduler-status"]');
    await scheduler.locator('.omni-findings').waitFor({ timeout: 30_000 });
    const text = await scheduler.innerText();
    expect(text).toContain('Limpeza das sessões expiradas');
    expect(text).not.toContain('purge-expired-sessions');
    expect(text).not.toMatch(/purge-|bulk-request|user-migration-revert/);
    await page.context().close();
  });
});

describe('scheduler screen', () => {
  test.each([
    ['/admin/scheduler/', 'Limpeza das sessões expiradas'],
    ['/en/admin/scheduler/', 'Expired sessions cleanup'],
  ])('%s names the runbook jobs', async (path, name) => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto(path);
    const table = await hydrated(page, 'table.omni-cards');
    await expect.poll(() => table.innerText()).toContain(name);
    expect(await page.locator('main').innerText()).not.toContain('purge-expired-sessions');
    await page.context().close();
  });
});

describe('live check choices', () => {
  test('modules by name, the level as a choice, empty choices agreeing with their noun (pt-BR)', async () => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto('/users/managerial-features-access/');
    const form = (await hydrated(page, 'form[data-check-runner="module-access"]')).first();
    const moduleSelect = form.locator('select[name="module"]');
    await expect.poll(() => moduleSelect.locator('option').count()).toBeGreaterThan(5);
    const modules = await moduleSelect.locator('option').allInnerTexts();
    expect(modules).toContain('Gestão de filas');
    expect(modules).toContain('Report Builder');
    expect(modules.join(' ')).not.toMatch(/queue-management|report-builder|user-management/);

    // The level is a select of localized levels, not free text.
    const level = form.locator('select[name="level"]');
    expect(await level.locator('option').allInnerTexts()).toEqual(['Todos os níveis', 'visualizar', 'responder', 'resolver', 'editar']);
    expect(await form.innerText()).not.toMatch(/view, respond|Nível necessário \(/);

    // Running it with the choices gives a result in Portuguese.
    const user = form.locator('select[name="userId"]');
    await expect.poll(() => user.locator('option').count()).toBeGreaterThan(1);
    await user.selectOption({ index: 1 });
    await moduleSelect.selectOption({ label: 'Gestão de filas' });
    await level.selectOption({ label: 'editar' });
    await form.getByRole('button', { name: 'Executar' }).click();
    const result = form.locator('.omni-result-summary');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('Gestão de filas');
    expect(await form.locator('.omni-findings').innerText()).toContain('Gestão de filas / editar');
    await shot(page, 'site-module-access-pt-BR');
    await page.context().close();
  });

  test('English page: the same choices in English', async () => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto('/en/users/managerial-features-access/');
    const form = (await hydrated(page, 'form[data-check-runner="module-access"]')).first();
    const moduleSelect = form.locator('select[name="module"]');
    await expect.poll(() => moduleSelect.locator('option').allInnerTexts()).toContain('Queue management');
    expect(await form.locator('select[name="level"] option').allInnerTexts()).toEqual(['Every level', 'view', 'respond', 'resolve', 'edit']);
    await page.context().close();
  });

  test('optional queue and mailbox pickers offer "Todas as …" on pt-BR', async () => {
    const page = await signedInPage(b.newPage, admin);
    await page.goto('/health/');
    const readiness = page.locator('form[data-check-runner="operator-readiness"]');
    await readiness.waitFor({ timeout: 30_000 });
    expect(await readiness.locator('select[name="queueId"] option').first().innerText()).toBe('Todas as filas');
    expect(await readiness.locator('select[name="mailboxId"] option').first().innerText()).toBe('Todas as caixas de e-mail');
    await page.context().close();
  });
});

describe('search counter', () => {
  test.each([
    ['/', 'licenca', /^\d+ resultados? para “licenca”$/],
    ['/en/', 'license', /^\d+ results? for “license”$/],
  ] as const)('on %s counts in the page language', async (path, query, counter) => {
    const page = await b.newPage();
    await page.goto(path);
    await openSearch(page);
    await searchFor(page, query);
    await expect.poll(() => page.locator('omni-search [data-status]').innerText()).toMatch(counter);
    await page.context().close();
  });
});

describe('sign-in from the header', () => {
  // Prerendered pages (home, articles) carry the badge as a server island: the path must still be the page's.
  test.each(['/', '/email/emails-not-arriving/', '/en/chat/queue-ignores-hours/', '/pagina-que-nao-existe/'])('from %s comes back to it', async (path) => {
    const page = await b.newPage();
    await page.goto(path);
    const signIn = page.locator('header .omni-badge-user a[data-sign-in]').first();
    await signIn.waitFor();
    expect(new URL((await signIn.getAttribute('href'))!, 'http://x').searchParams.get('next')).toBe(path);
    await signIn.click();
    await page.waitForURL(/\/login\/\?next=/);
    await page.locator('input[name="email"]').fill(admin);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === path);
    await expect.poll(() => page.locator('header .omni-who').first().innerText()).toContain('Administradora Demo');
    await page.context().close();
  });

  test('on the sign-in page itself, Entrar does not point back to sign-in', async () => {
    const page = await b.newPage();
    await page.goto('/login/');
    const signIn = page.locator('header .omni-badge-user a[data-sign-in]').first();
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe('/login/');
    await page.context().close();
  });
});

describe('phone header', () => {
  /** Opens the account-and-language menu at 390 px (pages without a sidebar) or Starlight's menu (with one). */
  async function openPhoneMenu(page: Page) {
    const own = page.locator('details.omni-phone-menu > summary');
    if (await own.isVisible()) {
      await own.click();
      return page.locator('details.omni-phone-menu .omni-phone-panel');
    }
    await page.locator('button.sl-menu-button').click();
    return page.locator('.mobile-preferences');
  }

  test.each([
    ['/', 'pt-BR'],
    ['/login/', 'pt-BR'],
    ['/reports/interaction-history/', 'pt-BR'],
    ['/email/emails-not-arriving/', 'pt-BR'],
    ['/en/', 'en'],
    ['/en/reports/interaction-history/', 'en'],
  ] as const)('%s: sign-in or sign-out and the language switch are reachable at 390 px', async (path, lang) => {
    const signedIn = path.includes('reports');
    const page = signedIn ? await signedInPage(b.newPage, admin) : await b.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const menu = await openPhoneMenu(page);
    const account = signedIn
      ? menu.getByRole('button', { name: lang === 'en' ? 'Sign out' : 'Sair' })
      : menu.getByRole('link', { name: lang === 'en' ? 'Sign in' : 'Entrar' });
    await account.first().waitFor({ state: 'visible' });
    const languages = menu.locator('starlight-lang-select select');
    expect(await languages.isVisible()).toBe(true);
    await shot(page, `site-phone-menu-${lang}-${path.replace(/\W+/g, '-')}`);
    // The switch works from the phone menu.
    await languages.selectOption({ label: lang === 'en' ? 'Português' : 'English' });
    await page.waitForURL((u) => (lang === 'en' ? !u.pathname.startsWith('/en/') : u.pathname.startsWith('/en/')));
    await page.context().close();
  });

  test('by keyboard alone on a phone: open the menu and sign in, back to the page', async () => {
    const page = await b.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 15 && (await focused()) !== 'Conta e idioma'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Conta e idioma');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.omni-phone-menu').getAttribute('open')).not.toBeNull();
    for (let i = 0; i < 5 && (await focused()) !== 'Entrar'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Entrar');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/login/' && u.searchParams.get('next') === '/');
    await page.context().close();
  });
});
