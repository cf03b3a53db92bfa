import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, callAction, signInCookie } from './helpers/http';
import { expectNoSidewaysScroll, wordsBrokenAcrossLines } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * The fresh demo tells a story (this file runs first, before any other file changes the demo): the
 * sweep reports only the deliberate faults, each linking an article section; the dashboard sums
 * them up, failures first, says what to do and where, and lets an admin deactivate idle users.
 */
const b = useBrowser();
let admin = '';
const deactivated: number[] = [];
type Finding = {
  status: string;
  message: string;
  record?: { kind: string; id: number | string; label: string };
  fix?: { article: string; anchor?: Record<string, string> };
};
type Entry = { id: string; skipped?: boolean; status?: string; findings?: Finding[] };

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
});
afterAll(async () => {
  // Give the other files their demo back: the idle users deactivated here are active again.
  for (const userId of deactivated) await callAction('users.setActive', { userId, active: true }, admin);
});

const problems = (checks: Entry[]) => checks.flatMap((c) => (c.findings ?? []).filter((f) => f.status !== 'ok').map((f) => ({ check: c.id, ...f })));

describe('a fresh demo', () => {
  test('GET /api/health?sweep=1 reports only the deliberate faults, each linking an article section, in both languages', async () => {
    for (const lang of ['pt-BR', 'en'] as const) {
      const body = await (await call(`/api/health?sweep=1&lang=${lang}`, { cookie: admin })).json();
      const found = problems(body.checks);
      const records = [...new Set(found.filter((f) => f.check !== 'license-count').map((f) => `${f.check}: ${f.record?.label}`))];
      expect(records).toEqual([
        'mailbox-test: SAC <sac@empresa-demo.example>',
        'scheduler-status: Omni - Envio de E-mail',
        'queue-availability: Ouvidoria Chat',
        'mailbox-rules: SAC <sac@empresa-demo.example>',
        'survey-validity: NPS trimestral',
      ]);
      const idle = found.filter((f) => f.check === 'license-count' && f.record?.kind === 'user');
      expect(idle.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.fix?.anchor?.[lang], `${f.check} ${f.record?.label}`).toBeTruthy();
      }
      const mailbox = found.find((f) => f.check === 'mailbox-test')!;
      expect(mailbox.message).toContain(lang === 'en' ? '"imap.empresa-demo.example" was not found' : '"imap.empresa-demo.example" não foi encontrado');
      expect(body.checks.find((c: Entry) => c.id === 'chat-distribution').status).toBe('ok');
      // Its idle users are warnings, so the license check is "warn", not "ok" above them.
      expect(body.checks.find((c: Entry) => c.id === 'license-count').status).toBe('warn');
    }
  });

  describe.each(['pt-BR', 'en'] as const)('the health dashboard (%s)', (lang) => {
    const prefix = lang === 'en' ? '/en' : '';
    test('sums up by status, failures first, with a demo banner, the screen that fixes each fault and a failures-only filter', async () => {
      const page = await signedInPage(b.newPage, 'admin@demo.local');
      await page.goto(`${prefix}/health/`);
      const summary = page.locator('[data-summary]');
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.locator('[data-count="fail"]').innerText()).toBe(lang === 'en' ? '3 failing' : '3 com falha');
      // Failures first: the first three sections are the failing checks.
      const statuses = await page.locator('.omni-health-check').evaluateAll((s) => s.map((x) => x.getAttribute('data-status')));
      expect(statuses.slice(0, 3)).toEqual(['fail', 'fail', 'fail']);
      expect(await summary.locator('.omni-health-jump a').first().getAttribute('href')).toMatch(/^#check-/);
      const banner = page.locator('[data-demo-banner]');
      await banner.waitFor();
      expect(await banner.innerText()).toContain(lang === 'en' ? 'To point a mailbox at a real server' : 'Para apontar uma caixa para um servidor real');
      expect(await banner.locator('a').first().getAttribute('href')).toMatch(new RegExp(`^${prefix}/admin/mailboxes/\\?edit=\\d+$`));
      // The failing mailbox says what to do: the article section and the mailbox's own form.
      const mailbox = page.locator('#check-mailbox-test .omni-finding-fail').first();
      expect(await mailbox.locator('a').first().getAttribute('href')).toBe(
        `${prefix}/email/emails-not-arriving/#${encodeURIComponent(lang === 'en' ? '1-mailbox-receive-and-send-test' : '1-teste-de-recebimento-e-envio-da-caixa')}`,
      );
      expect(await mailbox.locator('a.omni-fix-screen').getAttribute('href')).toMatch(new RegExp(`^${prefix}/admin/mailboxes/\\?edit=\\d+$`));
      const task = page.locator('#check-scheduler-status .omni-finding-fail', { hasText: 'Omni - Envio de E-mail' });
      expect(await task.locator('a.omni-fix-screen').getAttribute('href')).toMatch(new RegExp(`^${prefix}/admin/scheduler/#task-\\d+$`));
      expect(await task.locator('a').first().getAttribute('href')).toContain('/reference/task-heartbeats/#');
      // At 1280 px host names and e-mail addresses stay whole (they break only where a phone needs it).
      expect(await wordsBrokenAcrossLines(page, '.omni-health-check')).toEqual([]);
      await shot(page, `admin-dashboard-story-${lang}`);
      await page.locator('input[data-only-fail]').check();
      expect(await page.locator('.omni-health-check:not([hidden])').count()).toBe(3);
      expect(await page.locator('.omni-health-check[data-check="queue-availability"]').isHidden()).toBe(true);
      expect(await page.locator('.omni-health-check[data-check="license-count"]').getAttribute('data-status')).toBe('warn');
      await page.locator('input[data-only-fail]').uncheck();
      await expectNoSidewaysScroll(page, `${prefix}/health/`);
      await shot(page, `admin-dashboard-390-${lang}`);
      await page.close();
    }, 180_000);

    test('lets an admin select idle users in the license finding and deactivate them through the gated action', async () => {
      const page = await signedInPage(b.newPage, 'admin@demo.local');
      await page.goto(`${prefix}/health/`);
      const list = await hydrated(page, '[data-idle-users]');
      const boxes = list.locator('input[name="idle-user"]');
      await boxes.first().waitFor({ timeout: 60_000 });
      const before = await boxes.count();
      const userId = Number(await boxes.first().getAttribute('value'));
      expect(await page.locator('#check-license-count a.omni-fix-screen').first().getAttribute('href')).toBe('#license-users');
      await boxes.first().check();
      page.once('dialog', (d) => void d.accept());
      await list.locator('[data-deactivate]').click();
      await list.locator('[data-idle-done]').waitFor();
      deactivated.push(userId);
      // The license count ran again: the user is no longer listed.
      await page.waitForFunction((id) => !document.querySelector(`[data-idle-users] input[value="${id}"]`), userId);
      expect(await boxes.count()).toBe(before - 1);
      await list.scrollIntoViewIfNeeded();
      await shot(page, `admin-idle-users-${lang}`);
      await page.close();
      // Read back: the audit trail has the gated action's record for that user, and the check no longer lists them.
      const audit = await (await call(`/api/admin/audit?action=users.set-active&limit=5`, { cookie: admin })).json();
      expect(audit.records[0]).toMatchObject({ target: `user:${userId}`, outcome: 'ok', actorEmail: 'admin@demo.local' });
      const lic = await (
        await call('/api/checks/license-count', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', cookie: admin })
      ).json();
      expect(lic.findings.some((f: Finding) => f.record?.id === userId)).toBe(false);
    }, 180_000);
  });
});
