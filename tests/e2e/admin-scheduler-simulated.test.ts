import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * Issue 22, "heartbeats that keep reporting", on the demo's simulated tasks: the screen says which
 * stop being simulated and when (the first heartbeat with the task's token, not the issuing), so
 * issuing a token never turns the dashboard red; a task reporting more often than once a minute is
 * told that cron cannot, and gets the systemd timer and the loop at its interval.
 */
const sh = promisify(execFile);
const b = useBrowser();
const DISTRIBUTOR = 'Omni - Chat Distributor';
const REPORTS = 'Omni - Relatórios Agendados';
let admin = '';

type Task = { id: number; name: string; state: string; demoSimulated: boolean; hasToken: boolean };
const taskOf = async (name: string): Promise<Task> =>
  ((await (await call('/api/admin/scheduler/tasks', { cookie: admin })).json()).tasks as Task[]).find((t) => t.name === name)!;

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
});

describe('the demo tasks the runbook simulates', () => {
  test('pt-BR: issuing the distributor (every 5 s) a token keeps it simulated and on time; cron is said not to fit', async () => {
    expect(await taskOf(DISTRIBUTOR)).toMatchObject({ demoSimulated: true, hasToken: false, state: 'on-time' });
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto('/admin/scheduler/');
    const row = (await hydrated(page, `tr[data-name="${DISTRIBUTOR}"]`)).first();
    expect(await row.locator('[data-simulated-until="issue"]').innerText()).toContain('O primeiro sinal com um token desta tarefa encerra a simulação');
    await row.locator('button[data-action="token"]').click();
    const panel = page.locator('[data-token-panel]');
    await panel.waitFor();
    expect(await panel.locator('[data-no-cron]').innerText()).toContain('O cron roda no máximo uma vez por minuto e ela informa a cada 5 s');
    expect(await panel.locator('[data-keep-simulated]').innerText()).toContain('a simulação continua até o primeiro sinal com este token');
    expect(await panel.locator('pre[data-line="timer"]').innerText()).toContain('OnUnitActiveSec=5s');
    expect(await panel.locator('pre[data-line="loop"]').innerText()).toMatch(/; sleep 5; done$/);
    expect(await panel.locator('pre[data-line="cron"]').count()).toBe(0);
    await shot(page, 'admin-scheduler-simulated-token-pt-BR');
    await panel.locator('button', { hasText: 'Fechar' }).click();
    await row.locator('[data-simulated-until="token"]').waitFor();
    expect(await row.locator('[data-simulated-until="token"]').innerText()).toBe('Simulada até o primeiro sinal com o token emitido');
    // No heartbeat was sent: the demo still reports for it, so it stays on time.
    expect(await taskOf(DISTRIBUTOR)).toMatchObject({ demoSimulated: true, hasToken: true, state: 'on-time' });
    await page.close();
  });

  test('en: the loop the panel gives sends the first real heartbeat; the simulation ends and the task stays on time', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto('/en/admin/scheduler/');
    const row = (await hydrated(page, `tr[data-name="${REPORTS}"]`)).first();
    expect(await row.locator('[data-simulated]').innerText()).toBe('Simulated by the demo');
    await row.locator('button[data-action="token"]').click();
    const panel = page.locator('[data-token-panel]');
    await panel.waitFor();
    expect(await panel.locator('pre[data-line="cron"]').innerText()).toMatch(/^0 \* \* \* \* curl /);
    expect(await panel.locator('[data-keep-simulated]').innerText()).toContain('the simulation goes on until the first heartbeat with this token');
    const loop = await panel.locator('pre[data-line="loop"]').innerText();
    expect(loop).toMatch(/; sleep 3600; done$/);
    expect((await taskOf(REPORTS)).demoSimulated).toBe(true);
    // The loop as shown, its hour's sleep shortened to a second, stopped after its first rounds.
    await sh('timeout', ['3', 'sh', '-c', loop.replace('sleep 3600', 'sleep 1')]).catch((e: { code?: number }) => expect(e.code).toBe(124));
    expect(await taskOf(REPORTS)).toMatchObject({ demoSimulated: false, hasToken: true, state: 'on-time' });
    await panel.locator('button', { hasText: 'Close' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator(`tr[data-name="${REPORTS}"]:not(:has([data-simulated]))`).waitFor();
    await shot(page, 'admin-scheduler-simulation-ended-en');
    await page.close();
  });
});
