import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * Issue 20, the alerts screen in a real Chromium, in both languages and at 390 px: an admin creates
 * a webhook contact (its signing secret shown once, its URL never again), is told in the page's
 * language when a URL points at a forbidden address, creates a rule, silences it for an hour and
 * sees the silence in the organization's zone with its offset; a window that ends before it starts
 * is refused under its field. Then, with the engine and deliveries: simulate before saving and
 * "Send test" to a node:http receiver on loopback, showing its HTTP reply.
 */
const b = useBrowser();
let receiver: Server;
let hookUrl = '';
const received: string[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(body);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/alerts-ui-token`;
});
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

const words = {
  'pt-BR': { saved: 'salvo', forbidden: 'rede interna', silenced: 'Silêncio registrado', endsAfter: 'depois do início', normal: 'Normal', by: 'por' },
  en: { saved: 'saved', forbidden: 'internal or reserved', silenced: 'Silence recorded', endsAfter: 'after the start', normal: 'Normal', by: 'by' },
} as const;

async function openScreen(page: Page, prefix: string) {
  await page.goto(`${prefix}/admin/alerts/`);
  await hydrated(page, '[data-alerts][data-ready]');
}

async function createContact(page: Page, name: string, target: string) {
  await page.locator('button[data-action="new-contact"]').click();
  const form = page.locator('form[data-contact-form="new"]');
  await form.locator('input[name="name"]').fill(name);
  await form.locator('select[name="kind"]').selectOption('webhook');
  await form.locator('input[name="target"]').fill(target);
  await form.locator('button[type="submit"]').click();
  return form;
}

describe.each([
  ['pt-BR', ''],
  ['en', '/en'],
] as const)('the alerts screen (%s)', (lang, prefix) => {
  const w = words[lang];
  const contactName = `Webhook ${lang}`;
  const ruleName = `Agendador ${lang}`;

  test('creates a contact and a rule, silences it for an hour, refuses a window ending before it starts, at 390 px', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.setViewportSize({ width: 390, height: 844 });
    await openScreen(page, prefix);
    expect(await page.locator('[data-alert-rules] tr[data-name="Tarefa agendada parada"]').count()).toBe(1);

    // A forbidden address is refused under its field, in the page's language.
    const bad = await createContact(page, contactName, 'http://169.254.169.254/latest/meta-data');
    await bad.locator('[data-field-error="target"]').waitFor();
    expect(await bad.locator('[data-field-error="target"]').innerText()).toContain(w.forbidden);
    await shot(page, `admin-alerts-contact-refused-${lang}`);
    await bad.locator('input[name="target"]').fill(hookUrl);
    await bad.locator('button[type="submit"]').click();
    const secret = page.locator('[data-signing-secret]');
    await secret.waitFor();
    expect(await secret.innerText()).toMatch(/whsec_/);
    const row = page.locator(`tr[data-contact][data-name="${contactName}"]`);
    await row.waitFor();
    expect(await row.locator('[data-target-hint]').innerText()).toMatch(/^127\.0\.0\.1:\d+\/…oken$/);
    expect(await page.locator('main').innerText()).not.toContain('alerts-ui-token');

    // A rule on the task scheduler, sent to that contact.
    await page.locator('button[data-action="new-rule"]').click();
    const form = page.locator('form[data-rule-form="new"]');
    await form.locator('input[name="name"]').fill(ruleName);
    await form.locator('select[name="checkId"]').selectOption('scheduler-status');
    const contactOption = await form.locator('select[name="contactId"] option', { hasText: contactName }).getAttribute('value');
    await form.locator('select[name="contactId"]').selectOption(contactOption!);
    await form.locator('input[name="pendingRuns"]').fill('0');
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-field-error="pendingRuns"]').waitFor();
    await form.locator('input[name="pendingRuns"]').fill('3');
    await form.locator('button[type="submit"]').click();
    const rule = page.locator(`[data-alert-rules] tr[data-name="${ruleName}"]`);
    await rule.waitFor();
    expect(await rule.locator('[data-state-chip]').innerText()).toBe(w.normal);

    // Silence it for an hour from its row, by keyboard.
    await rule.locator('button[data-action="silence-1h"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.omni-notice', { hasText: w.silenced }).waitFor();
    await rule.locator('[data-state-chip="silenced"]').waitFor();
    const silence = page.locator('[data-alert-silences] tr[data-silence]', { hasText: ruleName });
    await silence.waitFor();
    const text = await silence.innerText();
    expect(text).toMatch(/UTC[−-]3/);
    expect(text).toContain(`${w.by} Admin`);

    // A planned window that ends before it starts is refused under its field.
    const win = page.locator('form[data-silence-form]');
    await win.locator('input[name="startsAt"]').fill('2099-03-10T22:00');
    await win.locator('input[name="endsAt"]').fill('2099-03-10T21:00');
    await win.locator('input[name="comment"]').fill('Manutenção');
    await win.locator('button[type="submit"]').click();
    await win.locator('[data-field-error="endsAt"]').waitFor();
    expect(await win.locator('[data-field-error="endsAt"]').innerText()).toContain(w.endsAfter);

    // The rule's timeline opens (nothing sent yet).
    await rule.locator('button[data-action="timeline"]').click();
    await page.locator('[data-timeline]').waitFor();
    await shot(page, `admin-alerts-390-${lang}`);
    await expectNoSidewaysScroll(page, `${prefix}/admin/alerts/`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, `admin-alerts-${lang}`);
    await page.close();

    // What the screen did is what the API holds: no target in the contact list.
    const listed = await (await call('/api/admin/alerts/contacts', { cookie: await signInCookie('admin@demo.local') })).text();
    expect(listed).not.toContain('alerts-ui-token');
  }, 180_000);

  test('simulates before saving and sends a real test to a loopback receiver, showing its HTTP reply', async () => {
    // Two stored runs of the task scheduler check, red in the demo (its e-mail sender stopped): what a rule replays.
    const admin = await signInCookie('admin@demo.local');
    for (let i = 0; i < 2; i++) {
      const run = await call('/api/checks/scheduler-status', { method: 'POST', cookie: admin, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(((await run.json()) as { status: string }).status).toBe('fail');
    }
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await openScreen(page, prefix);
    await page.locator('button[data-action="new-rule"]').click();
    const form = page.locator('form[data-rule-form="new"]');
    await form.locator('input[name="name"]').fill(`${ruleName} (simulada)`);
    await form.locator('select[name="checkId"]').selectOption('scheduler-status');
    await form.locator('button[data-action="simulate-draft"]').click();
    await form.locator('[data-simulation]').waitFor({ timeout: 60_000 });
    // Two bad runs in a row (the form's default): the rule would have fired.
    expect(await form.locator('[data-sim-event="fired"]').count()).toBeGreaterThan(0);
    await shot(page, `admin-alerts-simulation-${lang}`);
    const row = page.locator(`tr[data-contact][data-name="${contactName}"]`);
    const before = received.length;
    await row.locator('button[data-action="test"]').click();
    await row.locator('[data-test-result="true"]').waitFor({ timeout: 30_000 });
    expect(await row.locator('[data-test-result]').innerText()).toContain('204');
    expect(received.length).toBe(before + 1);
    await shot(page, `admin-alerts-send-test-${lang}`);
    await page.close();
  }, 180_000);

  test('deleting asks first: dismissed, the rule stays; accepted, it goes; a contact a rule sends to is refused with the rule named', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await openScreen(page, prefix);
    const rule = page.locator(`[data-alert-rules] tr[data-name="${ruleName}"]`);
    const asked: string[] = [];
    let answer = false;
    page.on('dialog', (d) => {
      asked.push(d.message());
      void (answer ? d.accept() : d.dismiss());
    });
    // The contact first: a rule still sends to it, so the server refuses and names the rule.
    const contact = page.locator(`tr[data-contact][data-name="${contactName}"]`);
    answer = true;
    await contact.locator('button[data-action="delete"]').click();
    await page.locator('.omni-error', { hasText: ruleName }).waitFor();
    expect(asked.at(-1)).toContain(`"${contactName}"`);
    expect(await contact.count()).toBe(1);
    // Dismissed: nothing sent, the rule is still listed.
    answer = false;
    await rule.locator('button[data-action="delete"]').click();
    expect(asked.at(-1)).toContain(`"${ruleName}"`);
    expect(asked.at(-1)).toContain(lang === 'en' ? 'cannot be undone' : 'não pode ser desfeito');
    await page.reload();
    await hydrated(page, '[data-alerts][data-ready]');
    expect(await rule.count()).toBe(1);
    // Accepted: gone, with its silence.
    answer = true;
    await rule.locator('button[data-action="delete"]').click();
    await page.locator('.omni-notice', { hasText: `"${ruleName}"` }).waitFor();
    await rule.waitFor({ state: 'detached' });
    expect(await page.locator('[data-alert-silences] tr[data-silence]', { hasText: ruleName }).count()).toBe(0);
    await page.close();
  }, 180_000);
});
