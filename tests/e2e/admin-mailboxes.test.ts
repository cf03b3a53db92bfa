import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { expectNoSidewaysScroll, wordsBrokenAcrossLines } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * An admin points each demo example mailbox at the test IMAP/SMTP servers (loopback, allow-listed
 * for the tests) through the mailboxes screen, in each language, and sees the dashboard turn green
 * for it: SAC (active) from the dashboard's fix link in pt-BR, Financeiro (disabled) in English.
 */
const b = useBrowser();
let admin = '';
let ids: Record<string, number> = {};

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  const list = (await (await call('/api/admin/mailboxes', { cookie: admin })).json()).mailboxes as { id: number; name: string; example: boolean }[];
  ids = Object.fromEntries(list.filter((m) => m.example).map((m) => [m.name, m.id]));
});

/** Fills the IMAP/SMTP part of the open form with the test servers. */
async function fillServers(page: Page, imapHost: string) {
  const m = inject('mail');
  const form = page.locator('form[data-mailbox-form]');
  await form.locator('input[name="imapHost"]').fill(imapHost);
  await form.locator('input[name="imapPort"]').fill(String(m.imapTlsPort));
  await form.locator('select[name="imapSecurity"]').selectOption('tls');
  await form.locator('input[name="imapUser"]').fill(m.user);
  await form.locator('input[name="keep-imapPassword"]').uncheck();
  await form.locator('input[name="imapPassword"]').fill(m.password);
  await form.locator('input[name="smtpHost"]').fill('127.0.0.1');
  await form.locator('input[name="smtpPort"]').fill(String(m.smtpStarttlsPort));
  await form.locator('select[name="smtpSecurity"]').selectOption('starttls');
  await form.locator('input[name="smtpUser"]').fill(m.user);
  await form.locator('input[name="keep-smtpPassword"]').uncheck();
  await form.locator('input[name="smtpPassword"]').fill(m.password);
  await form.locator('input[name="address"]').fill(m.address);
  return form;
}

/** The dashboard's mailbox test findings for one mailbox, once the dashboard has run. */
async function dashboardStatuses(page: Page, prefix: string, name: string) {
  await page.goto(`${prefix}/health/`);
  const section = page.locator('#check-mailbox-test');
  await section.locator('.omni-result').waitFor({ timeout: 60_000 });
  return section.locator('.omni-finding', { hasText: `${name} <` }).evaluateAll((li) => li.map((x) => x.className));
}

describe('the mailboxes screen', () => {
  test('pt-BR: the dashboard links the failing example mailbox to its form; fixed there, tested inline, the dashboard turns green for it', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    expect(await dashboardStatuses(page, '', 'SAC')).toEqual(['omni-finding omni-finding-fail', 'omni-finding omni-finding-fail']);
    await page.locator('#check-mailbox-test a.omni-fix-screen').first().click();
    await page.waitForURL(`**/admin/mailboxes/?edit=${ids.SAC}`);
    await hydrated(page, 'form[data-mailbox-form]');
    expect(await page.locator('tr[data-name="SAC"] [data-example]').innerText()).toBe('Exemplo');
    // At 1280 px the host names and addresses of the list (first two columns) stay whole.
    expect(await wordsBrokenAcrossLines(page, 'tr[data-name] > td:nth-child(-n+2)')).toEqual([]);
    // A refused server is named on its field, in Portuguese, and nothing is saved.
    const form = await fillServers(page, '169.254.169.254');
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-field-error="imapHost"]').waitFor();
    expect(await form.locator('[data-field-error="imapHost"]').innerText()).toContain('endereço interno ou reservado (169.254.169.254)');
    await shot(page, 'admin-mailbox-field-error-pt-BR');
    await form.locator('input[name="imapHost"]').fill('127.0.0.1');
    await form.locator('button[type="submit"]').click();
    await page.locator('.omni-notice', { hasText: 'Caixa SAC salva' }).waitFor();
    const row = page.locator('tr[data-name="SAC"]');
    expect(await row.locator('[data-example]').count()).toBe(0);
    await row.locator('button[data-action="test"]').click();
    const result = page.locator(`tr[data-result-for="${ids.SAC}"] .omni-result[data-status="ok"]`);
    await result.waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain('IMAP: conexão, criptografia, login');
    await page.locator('tr[data-name="SAC"] [data-last-test="ok"]').waitFor();
    // The last test's time is in the organization's zone (the demo's São Paulo), not the browser's (UTC here).
    const lastTest = page.locator('tr[data-name="SAC"] [data-last-test] time');
    const testedAt = new Date((await lastTest.getAttribute('datetime'))!);
    expect(await lastTest.innerText()).toBe(
      new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'America/Sao_Paulo' }).format(testedAt),
    );
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).not.toBe('America/Sao_Paulo');
    await shot(page, 'admin-mailboxes-pt-BR');
    await expectNoSidewaysScroll(page, '/admin/mailboxes/');
    await shot(page, 'admin-mailboxes-390-pt-BR');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await dashboardStatuses(page, '', 'SAC')).toEqual(['omni-finding omni-finding-ok', 'omni-finding omni-finding-ok']);
    await page.close();
    // Read back: the change is audited without any password.
    const audit = await (await call('/api/admin/audit?action=mailbox.update&limit=5', { cookie: admin })).text();
    expect(audit).toContain(`"target":"mailbox:${ids.SAC}"`);
    expect(audit).toContain('"outcome":"refused"');
    expect(audit).not.toContain(inject('mail').password);
  }, 180_000);

  test('en: the disabled example is pointed at the test servers, enabled and tested; the dashboard turns green for it', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto('/en/admin/mailboxes/');
    const row = (await hydrated(page, 'tr[data-name="Financeiro"]')).first();
    expect(await wordsBrokenAcrossLines(page, 'tr[data-name] > td:nth-child(-n+2)')).toEqual([]);
    expect(await row.locator('[data-active]').innerText()).toBe('Disabled');
    await row.locator('button[data-action="edit"]').click();
    const form = await fillServers(page, 'localhost');
    await form.locator('input[name="smtpPort"]').fill('70000');
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-field-error="smtpPort"]').waitFor();
    expect(await form.locator('[data-field-error="smtpPort"]').innerText()).toBe('Value too large (maximum 65535).');
    await form.locator('input[name="smtpPort"]').fill(String(inject('mail').smtpStarttlsPort));
    await form.locator('button[type="submit"]').click();
    await page.locator('.omni-notice', { hasText: 'Mailbox Financeiro saved' }).waitFor();
    await row.locator('button[data-action="enable"]').click();
    await row.locator('[data-active="true"]').waitFor();
    await row.locator('button[data-action="test"]').click();
    await page.locator(`tr[data-result-for="${ids.Financeiro}"] .omni-result[data-status="ok"]`).waitFor({ timeout: 30_000 });
    await shot(page, 'admin-mailboxes-en');
    expect(await dashboardStatuses(page, '/en', 'Financeiro')).toEqual(['omni-finding omni-finding-ok', 'omni-finding omni-finding-ok']);
    await page.close();
    const audit = await (await call('/api/admin/audit?action=mailbox.enable&limit=5', { cookie: admin })).json();
    expect(audit.records[0]).toMatchObject({ target: `mailbox:${ids.Financeiro}`, outcome: 'ok' });
  }, 180_000);
});
