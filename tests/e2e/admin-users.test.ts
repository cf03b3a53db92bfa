import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, callAction, signInCookie } from './helpers/http';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * The users screen and the audit trail of changes, as an admin and a supervisor use them: a user
 * deactivated and reactivated from the screen (the license count moves and moves back; the old
 * session stays refused), profile and groups changed within the grant policy, and the trail after
 * five dashboard visits still opening on the changes, by name, before → after.
 */
const b = useBrowser();
let admin = '';
let sac = 0;
type MailboxSettings = Record<string, unknown> & { name: string };
let sacSettings: MailboxSettings | null = null;

const settingsBody = (m: MailboxSettings, name: string) => ({
  name,
  address: m.address,
  imapHost: '127.0.0.1',
  imapPort: m.imapPort,
  imapSecurity: m.imapSecurity,
  imapUser: m.imapUser,
  folder: m.folder,
  smtpHost: '127.0.0.1',
  smtpPort: m.smtpPort,
  smtpSecurity: m.smtpSecurity,
  smtpUser: m.smtpUser,
});

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  const list = (await (await call('/api/admin/mailboxes', { cookie: admin })).json()).mailboxes as { id: number; name: string }[];
  sac = list.find((m) => m.name === 'SAC')!.id;
  sacSettings = (await (await call(`/api/admin/mailboxes/${sac}`, { cookie: admin })).json()).mailbox;
});

afterAll(async () => {
  // The mailbox keeps its demo name for the files that follow.
  if (sacSettings)
    await call(`/api/admin/mailboxes/${sac}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      cookie: admin,
      body: JSON.stringify(settingsBody(sacSettings, 'SAC')),
    });
});

/** The license use the users screen shows (seats in use). */
const licenseShown = async (page: Page) => Number(await page.locator('[data-license]').getAttribute('data-license'));

/** The users screen filtered to one e-mail, hydrated. */
async function openUser(page: Page, prefix: string, email: string) {
  await page.goto(`${prefix}/admin/users/?q=${encodeURIComponent(email)}`);
  await hydrated(page, '[data-users] tr[data-user]');
  return page.locator('tr[data-user]', { hasText: email });
}

describe('the users screen', () => {
  test.each(['pt-BR', 'en'] as const)(
    '%s: an admin deactivates a user (sessions end, a license frees) and reactivates them by keyboard (the license count moves back)',
    async (lang) => {
      const prefix = lang === 'en' ? '/en' : '';
      const agentCookie = await signInCookie('agent@demo.local');
      expect((await call('/api/me', { cookie: agentCookie })).status).toBe(200);
      const page = await signedInPage(b.newPage, 'admin@demo.local');
      page.on('dialog', (d) => void d.accept());
      const row = await openUser(page, prefix, 'agent@demo.local');
      expect(await row.getAttribute('data-active')).toBe('true');
      expect(await row.locator('[data-licensed]').getAttribute('data-licensed')).toBe('true');
      expect(await row.innerText()).toContain(lang === 'en' ? 'Suporte Técnico' : 'Suporte Técnico');
      expect(await row.innerText()).toContain('Grupo Atendimento');
      expect(await row.innerText()).toContain(lang === 'en' ? 'User' : 'Usuário');
      const before = await licenseShown(page);
      await shot(page, `admin-users-${lang}`);

      await row.locator('button[data-toggle]').click();
      await page.locator('tr[data-user][data-active="false"]').waitFor();
      await page.locator('[data-users-notice]:not([hidden])').waitFor();
      expect(await licenseShown(page)).toBe(before - 1);
      expect(await page.locator('tr[data-user] [data-licensed]').getAttribute('data-licensed')).toBe('false');
      expect((await call('/api/me', { cookie: agentCookie })).status).toBe(401);
      await shot(page, `admin-users-deactivated-${lang}`);

      // Reactivated from the keyboard: the toggle is a button reached by Tab.
      const toggle = page.locator('tr[data-user] button[data-toggle]');
      expect(await toggle.getAttribute('aria-label')).toBe(lang === 'en' ? 'Reactivate Agente Demo' : 'Reativar Agente Demo');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await page.locator('tr[data-user][data-active="true"]').waitFor();
      await page.waitForFunction((n) => Number(document.querySelector('[data-license]')?.getAttribute('data-license')) === n, before);
      expect(await licenseShown(page)).toBe(before);
      // The cookie of before the deactivation stays refused; a new sign-in works.
      expect((await call('/api/me', { cookie: agentCookie })).status).toBe(401);
      expect((await call('/api/me', { cookie: await signInCookie('agent@demo.local') })).status).toBe(200);
      await expectNoSidewaysScroll(page, `${prefix}/admin/users/`);
      await shot(page, `admin-users-390-${lang}`);
      await page.close();
    },
    180_000,
  );

  test('a supervisor sees only users of its services, cannot give a profile above its own, and changes groups within the policy', async () => {
    const supervisor = await signInCookie('supervisor@demo.local');
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto('/admin/users/');
    await hydrated(page, '[data-users] tr[data-user]');
    // The choices arrive beside the first page.
    await page.locator('[data-users] select[name="serviceId"] option', { hasText: 'Financeiro' }).waitFor({ state: 'attached' });
    const services = await page.locator('[data-users] select[name="serviceId"] option').allTextContents();
    expect(services.slice(1).sort()).toEqual(['Financeiro', 'Suporte Técnico']);
    // The administrator (Atendimento Geral) is not listed; the supervisor's own row cannot be deactivated.
    await page.locator('input[name="q"]').fill('admin@demo.local');
    await page.locator('[data-users-filters] button[type="submit"]').click();
    await page.locator('[data-users] p', { hasText: 'Nenhum usuário com esses filtros.' }).waitFor();
    const own = await openUser(page, '', 'supervisor@demo.local');
    expect(await own.locator('[data-refusal="self"]').innerText()).toBe('Esta é a sua conta: você não pode desativá-la.');

    const row = await openUser(page, '', 'agent@demo.local');
    const agentId = Number(await row.getAttribute('data-user'));
    await row.locator('button[data-edit]').click();
    const form = page.locator('form[data-user-access]');
    await form.waitFor();
    // Keyboard: the form opens with the focus on its first control.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('profileId');
    const adminOption = form.locator('option', { hasText: 'Administrador' });
    expect(await adminOption.isDisabled()).toBe(true);
    const adminProfile = Number(await adminOption.getAttribute('value'));
    const atendimento = Number(await form.locator('label', { hasText: 'Grupo Atendimento' }).locator('input').getAttribute('value'));
    await form.locator('label', { hasText: 'Grupo Supervisão' }).locator('input').check();
    await shot(page, 'admin-users-edit-supervisor');
    await expectNoSidewaysScroll(page, '/admin/users/ (form open)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-users-notice]', { hasText: 'Agente Demo: alterações salvas.' }).waitFor();
    expect(await page.locator('tr[data-user]', { hasText: 'agent@demo.local' }).innerText()).toContain('Grupo Atendimento, Grupo Supervisão');

    // What the form does not offer, the server refuses with the reason, and nothing changes.
    const refused = await call('/_actions/users.updateAccess', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'pt-BR' },
      body: JSON.stringify({ userId: agentId, profileId: adminProfile }),
      cookie: supervisor,
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('tem permissões que você não tem');
    // Back to the demo's groups.
    expect((await callAction('users.updateAccess', { userId: agentId, groupIds: [atendimento] }, supervisor)).status).toBe(200);
    const back = await openUser(page, '', 'agent@demo.local');
    expect(await back.locator('td').nth(2).innerText()).toBe('Grupo Atendimento');
    expect(await back.locator('td').nth(3).innerText()).toBe('Usuário');
    await page.close();
  }, 180_000);
});

describe('the audit trail of changes', () => {
  test('after five dashboard visits the first page still shows the mailbox edit by name, before → after; check runs on demand', async () => {
    expect(sacSettings).not.toBeNull();
    const put = await call(`/api/admin/mailboxes/${sac}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      cookie: admin,
      body: JSON.stringify(settingsBody(sacSettings!, 'SAC Atendimento')),
    });
    expect(put.status).toBe(200);
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    for (let visit = 0; visit < 5; visit++) {
      await page.goto('/health/');
      await page.locator('.omni-health[data-overall]:not([data-overall=""])').waitFor({ timeout: 60_000 });
    }
    // The dashboard's idle users lead to the users screen, filtered to them.
    await page.locator('a[data-users-link]').click();
    await page.waitForURL('**/admin/users/?status=active&idle=1');
    await hydrated(page, '[data-users] tr[data-user]');
    expect(await page.locator('input[name="idle"]').isChecked()).toBe(true);

    await page.goto('/admin/audit/');
    await hydrated(page, '[data-audit] tr[data-audit-id]');
    expect(await page.locator('tr[data-action="check.run"]').count()).toBe(0);
    const edit = page.locator('tr[data-action="mailbox.update"]', { has: page.locator(`td[data-target="mailbox:${sac}"]`) }).first();
    await edit.waitFor();
    expect(await edit.locator('td[data-target]').innerText()).toBe('Caixa SAC Atendimento');
    expect(await edit.locator('td').nth(1).innerText()).toBe('Administradora Demo <admin@demo.local>');
    expect(await edit.locator('li[data-field="name"]').innerText()).toBe('Nome: SAC → SAC Atendimento');
    // The (de)activations of the users test read with their direction and the user's name.
    const deactivation = page.locator('tr[data-action="users.set-active"]', { hasText: 'Desativou usuário' }).first();
    expect(await deactivation.locator('td[data-target]').innerText()).toBe('Agente Demo <agent@demo.local>');
    expect(await deactivation.locator('li[data-field="active"]').innerText()).toBe('Ativo: sim → não');
    expect(await page.locator('tr[data-action="users.set-active"]', { hasText: 'Reativou usuário' }).count()).toBeGreaterThan(0);
    const groups = page.locator('tr[data-action="users.update-access"] li[data-field="groups"]').first();
    expect(await groups.innerText()).toMatch(
      /^Grupos: Grupo Atendimento, Grupo Supervisão → Grupo Atendimento$|^Grupos: Grupo Atendimento → Grupo Atendimento, Grupo Supervisão$/,
    );
    await shot(page, 'admin-audit-changes-pt-BR');

    // The toggle shows the runs too, each named by its check's title.
    await page.locator('input[name="checks"]').check();
    await page.locator('[data-audit] form button[type="submit"]').click();
    await page.waitForURL(/checks=1/);
    const run = page.locator('tr[data-action="check.run"]').first();
    await run.waitFor();
    expect(await run.locator('td[data-target]').innerText()).not.toMatch(/^Verificação [a-z-]+$/);
    await expectNoSidewaysScroll(page, '/admin/audit/');
    await shot(page, 'admin-audit-checks-390-pt-BR');
    await page.close();

    // English, and the CSV: ids kept, names and changes beside them.
    const en = await signedInPage(b.newPage, 'admin@demo.local');
    await en.goto('/en/admin/audit/?action=mailbox.update');
    const row = (await hydrated(en, `td[data-target="mailbox:${sac}"]`)).first();
    expect(await row.innerText()).toBe('Mailbox SAC Atendimento');
    expect(await en.locator('tr[data-action="mailbox.update"] li[data-field="name"]').first().innerText()).toBe('Name: SAC → SAC Atendimento');
    await shot(en, 'admin-audit-changes-en');
    await en.close();
    const csv = await (await call('/api/admin/audit.csv?action=mailbox.update&lang=en', { cookie: admin })).text();
    const line = csv.split('\r\n').find((l) => l.includes(`mailbox:${sac}`) && l.includes('Mailbox SAC Atendimento'))!;
    expect(line).toContain('Name: SAC → SAC Atendimento');
    expect(line).toContain('Administradora Demo <admin@demo.local>');
  }, 300_000);
});
