import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { DEMO_PASSWORD } from './helpers/http';
import { expectNoSidewaysScroll } from './helpers/layout';
import { signedInPage } from './helpers/signed-in';

/**
 * The Tools menu (a server island on prerendered articles) lists exactly the screens a user may
 * open; restricted pages send visitors to sign in and back, and answer 403 naming the permission.
 */
const b = useBrowser();
const ARTICLE = 'email/emails-not-arriving/';

/** The header's Tools links once the server islands are in (the badge arrives with them). */
async function toolsOf(page: Page): Promise<string[]> {
  await page.locator('.omni-badge-user').first().waitFor();
  const menu = page.locator('header .omni-tools');
  if ((await menu.count()) === 0) return [];
  return menu.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describe.each(['pt-BR', 'en'] as const)('navigation (%s)', (lang) => {
  const prefix = lang === 'en' ? '/en' : '';
  const p = (path: string) => `${prefix}${path}`;

  test('an agent sees no Tools entry; a supervisor sees the bulk screens and the report; an admin sees every screen', async () => {
    const agent = await signedInPage(b.newPage, 'agent@demo.local');
    await agent.goto(p(`/${ARTICLE}`));
    expect(await toolsOf(agent)).toEqual([]);
    await agent.close();

    const sup = await signedInPage(b.newPage, 'supervisor@demo.local');
    await sup.goto(p(`/${ARTICLE}`));
    expect(await toolsOf(sup)).toEqual(
      [
        '/admin/users/',
        '/bulk/import/',
        '/bulk/migrate/',
        '/bulk/transfer/',
        '/bulk/close-queue/',
        '/bulk/queue-monitor/',
        '/bulk/history/',
        '/reports/interaction-history/',
        '/escalations/',
      ].map(p),
    );
    await sup.close();

    const admin = await signedInPage(b.newPage, 'admin@demo.local');
    await admin.goto(p(`/${ARTICLE}`));
    const links = await toolsOf(admin);
    expect(links.slice(0, 7)).toEqual(
      ['/health/', '/admin/mailboxes/', '/admin/scheduler/', '/admin/users/', '/admin/alerts/', '/admin/audit/', '/admin/search/'].map(p),
    );
    expect(links).toContain(p('/bulk/history/'));
    const menu = admin.locator('header .omni-tools');
    await menu.locator('summary').click();
    expect(await menu.locator('summary').innerText()).toBe(lang === 'en' ? 'Tools' : 'Ferramentas');
    expect(await menu.locator('a', { hasText: lang === 'en' ? 'Search insights' : 'Buscas sem resultado' }).count()).toBe(1);
    await shot(admin, `admin-tools-menu-${lang}`);
    await menu.locator('a', { hasText: lang === 'en' ? 'Audit trail' : 'Trilha de auditoria' }).click();
    await admin.waitForURL(`**${p('/admin/audit/')}`);
    await admin.close();
  }, 180_000);

  test('the Tools menu closes on Esc and gives the focus back to its button', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto(p(`/${ARTICLE}`));
    await toolsOf(page);
    const menu = page.locator('header .omni-tools');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('open')).not.toBeNull();
    // Into the list, then Esc: closed, and the focus is on the button that opened it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.omni-tools nav') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('header .omni-tools summary'))).toBe(true);
    // Opened with the mouse, Esc closes it too.
    await menu.locator('summary').click();
    expect(await menu.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
    await page.close();
  });

  test('the language select shows its whole label at 1280 px', async () => {
    const page = await b.newPage();
    await page.goto(p(`/${ARTICLE}`));
    const select = page.locator('header starlight-lang-select select').first();
    // The label's text must fit the select's content box (Starlight sizes it for shorter names: "Portug…").
    const fit = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = el.options[el.selectedIndex]!.text;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text, needed: Math.ceil(ctx.measureText(text).width), room };
    });
    expect(fit.text).toBe(lang === 'en' ? 'English' : 'Português');
    expect(fit.needed, `"${fit.text}" needs ${fit.needed} px, has ${fit.room}`).toBeLessThanOrEqual(fit.room);
    await page.close();
  });

  test('a supervisor gets 403 on the admin screens, naming the missing permission in the page language', async () => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    for (const [path, label] of [
      ['/admin/mailboxes/', lang === 'en' ? 'Administration: settings (mailboxes, scheduler)' : 'Administração: configurações (caixas de e-mail, agendador)'],
      ['/admin/scheduler/', lang === 'en' ? 'Administration: settings (mailboxes, scheduler)' : 'Administração: configurações (caixas de e-mail, agendador)'],
      ['/admin/audit/', lang === 'en' ? 'Administration: audit trail' : 'Administração: trilha de auditoria'],
      ['/health/', lang === 'en' ? 'Administration: health dashboard' : 'Administração: painel de saúde'],
    ] as const) {
      const res = await page.goto(p(path));
      expect(res?.status(), path).toBe(403);
      const text = await page.locator('[data-forbidden]').innerText();
      expect(text).toContain(label);
      expect(text).toContain('supervisor@demo.local');
      expect(text).not.toMatch(/admin:|manage:/);
    }
    await shot(page, `admin-forbidden-${lang}`);
    await expectNoSidewaysScroll(page, p('/health/'));
    await page.close();
    const agent = await signedInPage(b.newPage, 'agent@demo.local');
    const res = await agent.goto(p('/bulk/history/'));
    expect(res?.status()).toBe(403);
    expect(await agent.locator('[data-forbidden] li').count()).toBe(5);
    await agent.close();
  }, 180_000);

  test('a visitor is sent to sign in and back: from a restricted page, and from the header of an article', async () => {
    const page = await b.newPage();
    await page.goto(p('/admin/scheduler/'));
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${p('/login/')}?next=${encodeURIComponent(p('/admin/scheduler/'))}`);
    await page.locator('input[name="email"]').fill('admin@demo.local');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('.omni-login button[type="submit"]').click();
    await page.waitForURL(`**${p('/admin/scheduler/')}`);
    await page.context().close();

    const reader = await b.newPage();
    await reader.goto(p(`/${ARTICLE}`));
    const signIn = reader.locator('header .omni-badge-user a');
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe(`${p('/login/')}?next=${encodeURIComponent(p(`/${ARTICLE}`))}`);
    await signIn.click();
    await reader.locator('input[name="email"]').fill('supervisor@demo.local');
    await reader.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await reader.locator('.omni-login button[type="submit"]').click();
    await reader.waitForURL(`**${p(`/${ARTICLE}`)}`);
    expect(await toolsOf(reader)).toContain(p('/bulk/history/'));
    await reader.context().close();
  }, 180_000);

  test('the home page cards link the admin and supervisor screens', async () => {
    const page = await b.newPage();
    await page.goto(p('/'));
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of [
      '/health/',
      '/admin/mailboxes/',
      '/admin/scheduler/',
      '/admin/audit/',
      '/bulk/history/',
      '/bulk/transfer/',
      '/reports/interaction-history/',
    ])
      expect(hrefs).toContain(p(path));
    await page.context().close();
  }, 180_000);
});
