import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * An admin issues the stopped e-mail sender a heartbeat token on the scheduler screen, runs the
 * `curl` the screen shows, and the task turns green on the screen and on the dashboard (pt-BR);
 * in English the token is rotated: the old one is refused, a failure and then a run are reported.
 */
const sh = promisify(execFile);
const b = useBrowser();
const TASK = 'Omni - Envio de E-mail';
let admin = '';

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
});

/** Runs the command the screen shows, as a person would paste it in a shell. */
async function runShown(command: string): Promise<{ status: number; body: string }> {
  const { stdout } = await sh('sh', ['-c', `${command} -s -w '\\n%{http_code}'`]);
  const lines = stdout.trimEnd().split('\n');
  return { status: Number(lines.pop()), body: lines.join('\n') };
}

/** Runs a unit's ExecStart as systemd would: with the variables of its environment file. */
async function runShownWith(command: string, env: Record<string, string>): Promise<{ status: number; body: string }> {
  const { stdout } = await sh('sh', ['-c', command.replace(/ -fsS /, ' -sS ') + ` -w '\\n%{http_code}'`], { env: { ...process.env, ...env } });
  const lines = stdout.trimEnd().split('\n');
  return { status: Number(lines.pop()), body: lines.join('\n') };
}

async function issueToken(page: Page): Promise<{ token: string; curl: string }> {
  const row = page.locator(`tr[data-name="${TASK}"]`);
  await row.locator('button[data-action="token"]').click();
  const panel = page.locator('[data-token-panel]');
  await panel.waitFor();
  return { token: await panel.locator('[data-token]').innerText(), curl: await panel.locator('[data-curl]').innerText() };
}

async function dashboardStatus(page: Page, prefix: string) {
  await page.goto(`${prefix}/health/`);
  const finding = page.locator('#check-scheduler-status .omni-finding', { hasText: TASK });
  await finding.waitFor({ timeout: 60_000 });
  return finding.getAttribute('class');
}

describe('the task scheduler screen', () => {
  test('pt-BR: issuing a token and running the shown curl turns the stopped sender green', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto('/admin/scheduler/');
    const row = (await hydrated(page, `tr[data-name="${TASK}"]`)).first();
    expect(await row.getAttribute('data-state')).toBe('overdue');
    expect(await row.innerText()).toContain('SMTP 535');
    expect(await page.locator('tr[data-name="Omni - Chat Distributor"] [data-simulated]').innerText()).toBe('Simulado pela demonstração');
    expect(await page.locator('tr[data-name="purge-expired-sessions"] button').count()).toBe(0);
    const { token, curl } = await issueToken(page);
    expect(token).toMatch(/^st\.\d+\./);
    expect(curl).toContain(`Authorization: Bearer ${token}`);
    expect(await page.locator('[data-token-panel] a').getAttribute('href')).toBe('/reference/task-heartbeats/');
    await shot(page, 'admin-scheduler-token-pt-BR');
    // One heartbeat holds the task only for its interval plus grace: the panel says so and gives the
    // line that keeps reporting every 3 min. Its command, run as cron would, reports a run.
    const panel = page.locator('[data-token-panel]');
    expect(await panel.locator('[data-keep-reporting]').innerText()).toContain('por 4 min 30 s');
    const cron = await panel.locator('pre[data-line="cron"]').innerText();
    expect(cron).toMatch(/^\*\/3 \* \* \* \* curl /);
    expect((await sh('sh', ['-c', cron.replace(/^(\S+\s+){5}/, '')])).stderr).toBe('');
    expect(await panel.locator('pre[data-line="timer"]').innerText()).toContain('OnUnitActiveSec=180s');
    const res = await runShown(curl);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).task).toBe(TASK);
    await page.getByRole('button', { name: 'Atualizar' }).click();
    await page.locator(`tr[data-name="${TASK}"][data-state="on-time"]`).waitFor();
    expect(await page.locator(`tr[data-name="${TASK}"]`).innerText()).toContain('já superado');
    await expectNoSidewaysScroll(page, '/admin/scheduler/');
    await shot(page, 'admin-scheduler-390-pt-BR');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await dashboardStatus(page, '')).toBe('omni-finding omni-finding-ok');
    await page.close();
    const audit = await (await call('/api/admin/audit?action=scheduler.token.issue&limit=5', { cookie: admin })).text();
    expect(audit).toContain('"outcome":"ok"');
    expect(audit).not.toContain(token);
  }, 180_000);

  test('en: rotating the token refuses the old one; the new one reports a failure, then a run', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto('/en/admin/scheduler/');
    const row = (await hydrated(page, `tr[data-name="${TASK}"]`)).first();
    expect(await row.locator('button[data-action="token"]').innerText()).toBe('Rotate token');
    const old = await call('/api/scheduler/heartbeat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer st.0.invalid-invalid-invalid' },
      body: '{}',
    });
    expect(old.status).toBe(401);
    page.once('dialog', (d) => void d.accept());
    const first = await issueToken(page);
    await page.locator('[data-token-panel] button', { hasText: 'Close' }).click();
    page.once('dialog', (d) => void d.accept());
    const { token, curl } = await issueToken(page);
    expect(token).not.toBe(first.token);
    expect((await runShown(first.curl)).status).toBe(401);
    const failed = await runShown(curl.replace(`-d '{}'`, `-d '{"ok": false, "error": "fila travada"}'`));
    expect(failed.status).toBe(200);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator(`tr[data-name="${TASK}"]`, { hasText: 'fila travada (current)' }).waitFor();
    // The systemd service's command, with the environment file it reads, reports a run.
    const panel = page.locator('[data-token-panel]');
    const env = await panel.locator('pre[data-line="env"]').innerText();
    expect(env.trim()).toBe(`HEARTBEAT_TOKEN=${token}`);
    const exec = /^ExecStart=(.*)$/m.exec(await panel.locator('pre[data-line="service"]').innerText())![1];
    expect(exec).not.toContain(token);
    expect((await runShownWith(exec, { HEARTBEAT_TOKEN: token })).status).toBe(200);
    expect((await runShown(curl)).status).toBe(200);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator(`tr[data-name="${TASK}"][data-state="on-time"]`, { hasText: 'since recovered' }).waitFor();
    await shot(page, 'admin-scheduler-en');
    expect(await dashboardStatus(page, '/en')).toBe('omni-finding omni-finding-ok');
    await page.close();
  }, 180_000);
});
