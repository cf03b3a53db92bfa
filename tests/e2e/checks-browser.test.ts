import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { freePort } from '../helpers/free-port';
import { call, signInCookie } from './helpers/http';
import { loopbackMailbox } from './helpers/loopback-mailbox';

/** The three part-1 checks run from their articles in Chromium, in both languages, plus the dashboard. */
const b = useBrowser();
let admin = '';
let agent = '';
const MAILBOX = 'Caixa do navegador';
/** A mailbox of this test's own whose IMAP port has nothing listening (other files change the demo mailboxes). */
const BROKEN = 'Caixa com porta errada';

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  agent = await signInCookie('agent@demo.local');
  const res = await call('/api/mailboxes', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    cookie: admin,
    body: JSON.stringify(loopbackMailbox({ name: MAILBOX })),
  });
  expect(res.status).toBe(201);
  const closed = await freePort();
  const broken = await call('/api/mailboxes', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    cookie: admin,
    body: JSON.stringify(loopbackMailbox({ name: BROKEN, imapPort: closed })),
  });
  expect(broken.status).toBe(201);
});

async function pageAs(cookie: string | null): Promise<Page> {
  const page = await b.newPage();
  if (cookie) {
    const [name, value] = cookie.split('=');
    await page.context().addCookies([{ name, value, url: b.baseURL() }]);
  }
  return page;
}

const prefix = (lang: 'pt-BR' | 'en') => (lang === 'en' ? '/en' : '');

describe.each(['pt-BR', 'en'] as const)('live checks in articles (%s)', (lang) => {
  test('a signed-out reader sees what the check verifies and a sign-in link, no form', async () => {
    const page = await pageAs(null);
    await page.goto(`${prefix(lang)}/email/emails-not-arriving/`);
    const widget = page.locator('[data-check="mailbox-test"]');
    await widget.locator('.omni-live-signin a').waitFor();
    expect(await widget.locator('.omni-live-check-desc').innerText()).toMatch(lang === 'en' ? /Connects to the mailbox/ : /Conecta aos servidores IMAP/);
    expect(await widget.locator('.omni-live-signin a').getAttribute('href')).toBe(
      `${prefix(lang)}/login/?next=${encodeURIComponent(`${prefix(lang)}/email/emails-not-arriving/`)}`,
    );
    expect(await page.locator('form[data-check-runner]').count()).toBe(0);
    await widget.scrollIntoViewIfNeeded();
    await shot(page, `checks-signed-out-${lang}`);
    await page.context().close();
  });

  test('an agent is told the account cannot run it', async () => {
    const page = await pageAs(agent);
    await page.goto(`${prefix(lang)}/licenses/no-licenses-available/`);
    await page
      .locator('[data-check="license-count"] .omni-live-signin')
      .getByText(lang === 'en' ? 'not allowed to run this check' : 'não tem permissão')
      .waitFor();
    expect(await page.locator('form[data-check-runner]').count()).toBe(0);
    await page.context().close();
  });

  test('an admin runs the mailbox test with a round trip on a mailbox picked from the real records', async () => {
    const page = await pageAs(admin);
    await page.goto(`${prefix(lang)}/email/emails-not-arriving/`);
    const form = page.locator('form[data-check-runner="mailbox-test"]');
    await form.waitFor();
    const select = form.locator('select[name="mailboxId"]');
    await select.locator('option', { hasText: MAILBOX }).waitFor({ state: 'attached' });
    await select.selectOption({ label: (await select.locator('option', { hasText: MAILBOX }).innerText()).trim() });
    await form.locator('input[name="roundTrip"]').check();
    await form.locator('button[type="submit"]').click();
    // The form first shows the check's last stored run (maybe another test's): wait for this run's answer.
    const result = form.locator('.omni-result[data-status="ok"]', {
      hasText: lang === 'en' ? /Round trip: the test message arrived in \d+ ms/ : /Ida e volta: a mensagem de teste chegou em \d+ ms/,
    });
    await result.waitFor({ timeout: 30_000 });
    expect(await result.locator('.omni-result-when').innerText()).toMatch(lang === 'en' ? /Last run/ : /Última execução/);
    await form.scrollIntoViewIfNeeded();
    await shot(page, `checks-mailbox-test-${lang}`);
    await page.context().close();
  });

  test('an admin runs the mailbox test on a broken mailbox and gets the field to fix with a link', async () => {
    const page = await pageAs(admin);
    await page.goto(`${prefix(lang)}/reports/scheduled-report-not-delivered/`);
    const form = page.locator('form[data-check-runner="mailbox-test"]');
    await form.waitFor();
    const select = form.locator('select[name="mailboxId"]');
    await select.locator('option', { hasText: BROKEN }).waitFor({ state: 'attached' });
    await select.selectOption({ label: (await select.locator('option', { hasText: BROKEN }).innerText()).trim() });
    await form.locator('button[type="submit"]').click();
    const result = form.locator('.omni-result[data-status="fail"]', { hasText: lang === 'en' ? 'Fix the field "IMAP port"' : 'Corrija o campo "Porta IMAP"' });
    await result.waitFor({ timeout: 30_000 });
    const link = result.locator('.omni-finding-fail a').first();
    expect(await link.getAttribute('href')).toBe(
      lang === 'en' ? '/en/email/emails-not-arriving/#1-mailbox-receive-and-send-test' : '/email/emails-not-arriving/#1-teste-de-recebimento-e-envio-da-caixa',
    );
    await form.scrollIntoViewIfNeeded();
    await shot(page, `checks-mailbox-test-fail-${lang}`);
    await page.context().close();
  });

  test('an admin runs the license count and the scheduler status', async () => {
    const page = await pageAs(admin);
    await page.goto(`${prefix(lang)}/licenses/no-licenses-available/`);
    const lic = page.locator('form[data-check-runner="license-count"]');
    await lic.waitFor();
    await lic.locator('button[type="submit"]').click();
    await lic.locator('.omni-result').waitFor();
    expect(await lic.locator('.omni-result-summary').innerText()).toMatch(lang === 'en' ? /\d+ of \d+ licenses in use/ : /\d+ de \d+ licenças em uso/);
    await lic.scrollIntoViewIfNeeded();
    await shot(page, `checks-license-count-${lang}`);

    await page.goto(`${prefix(lang)}/reference/task-scheduler/`);
    const sch = page.locator('form[data-check-runner="scheduler-status"]');
    await sch.waitFor();
    await sch.locator('button[type="submit"]').click();
    await sch.locator('.omni-result').waitFor();
    const text = await sch.locator('.omni-result').innerText();
    expect(text).toContain('Omni - Chat Distributor');
    // The runbook's own job reads as a task name, never as its id.
    expect(text).toContain(lang === 'en' ? 'Expired sessions cleanup' : 'Limpeza das sessões expiradas');
    expect(text).not.toContain('purge-expired-sessions');
    expect(text).toMatch(lang === 'en' ? /Every 3 min/ : /A cada 3 min/);
    await sch.scrollIntoViewIfNeeded();
    await shot(page, `checks-scheduler-status-${lang}`);
    await page.context().close();
  });

  test('the health dashboard runs every check and draws a history chart per check', async () => {
    const anon = await pageAs(null);
    const res = await anon.goto(`${prefix(lang)}/health/`);
    expect(new URL(anon.url()).pathname).toBe(`${prefix(lang)}/login/`);
    expect(res?.status()).toBe(200);
    await anon.context().close();
    const denied = await pageAs(agent);
    expect((await denied.goto(`${prefix(lang)}/health/`))?.status()).toBe(403);
    await denied.context().close();

    const page = await pageAs(admin);
    await page.goto(`${prefix(lang)}/health/`);
    await page.locator('.omni-health[data-overall]:not([data-overall=""])').waitFor({ timeout: 30_000 });
    for (const id of ['mailbox-test', 'scheduler-status', 'license-count']) {
      const section = page.locator(`.omni-health-check[data-check="${id}"]`);
      await section.locator('.omni-result').waitFor();
      await section.locator('.omni-history-chart canvas').waitFor();
      expect(Number(await section.locator('.omni-history-chart').getAttribute('data-points'))).toBeGreaterThan(0);
    }
    // One-record checks are swept over every queue (one finding per queue)…
    const queues = page.locator('.omni-health-check[data-check="queue-availability"] .omni-result');
    await queues.waitFor();
    expect(await queues.innerText()).toContain('Ouvidoria Chat');
    // …and a check that needs a person's choice is run from its form on the dashboard.
    const window = page.locator('.omni-health-check[data-check="email-search-window"] form[data-check-runner="email-search-window"]');
    await window.locator('input[name="from"]').fill('2026-01-01');
    await window.locator('input[name="to"]').fill('2026-03-31');
    await window.locator('button[type="submit"]').click();
    await window.locator('.omni-result', { hasText: '2026' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').innerText()).toBe(lang === 'en' ? 'Health dashboard' : 'Painel de saúde');
    await shot(page, `checks-health-${lang}`);
    await page.context().close();
  });
});
