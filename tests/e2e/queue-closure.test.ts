import { describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { hydrated, signedInPage } from './helpers/signed-in';

const b = useBrowser();

describe('mass queue closure followed on the monitoring screen, then the report', () => {
  test.each([
    ['pt-BR', '/bulk/close-queue-in-bulk/', 'Financeiro', 'Buscar', 'Sim, finalizar e tabular', 'Abrir o monitoramento', 'Concluído', 'Finalizado em lote', '/reports/interaction-history/'],
    ['en', '/en/bulk/close-queue/', 'Suporte Técnico', 'Search', 'Yes, finish and tabulate', 'Open the monitoring screen', 'Done', 'Batch Finalized', '/en/reports/interaction-history/'],
  ] as const)('%s: closes the queue of %s', async (lang, path, service, search, yes, openMonitor, done, tabulation, report) => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto(path);
    const form = await hydrated(page, '.omni-closure');
    await form.locator('select[name=serviceId]').selectOption({ label: service });
    await form.getByRole('button', { name: search, exact: true }).click();
    const dialog = form.getByRole('dialog');
    await dialog.waitFor();
    const counted = Number((await dialog.locator('strong').textContent())!.match(/\d+/)![0]);
    expect(counted).toBeGreaterThan(0);
    await shot(page, `closure-dialog-${lang}`);
    await dialog.getByRole('button', { name: yes }).click();
    const monitorLink = form.getByRole('link', { name: openMonitor });
    await monitorLink.waitFor();
    await shot(page, `closure-offer-monitor-${lang}`);
    // Every server-sent events stream the monitoring screen opens.
    const streams: { path: string; status: number; type: string }[] = [];
    page.on('response', (r) => {
      if (/\/api\/bulk\/[0-9a-f-]{36}\/events/.test(r.url())) streams.push({ path: new URL(r.url()).pathname, status: r.status(), type: r.headers()['content-type'] ?? '' });
    });
    await monitorLink.click();
    await page.waitForURL(/queue-monitor\/\?request=/);
    const requestId = new URL(page.url()).searchParams.get('request')!;
    const row = page.locator(`tr[data-request="${requestId}"]`);
    await row.waitFor();
    await page.locator(`tr[data-request="${requestId}"][data-state=done]`).waitFor({ timeout: 30_000 });
    expect(await row.locator('td').nth(3).textContent()).toBe(done);
    expect(await row.locator('progress').getAttribute('value')).toBe('100');
    expect(await row.locator('td').nth(5).textContent()).toContain(String(counted));
    await shot(page, `closure-monitor-${lang}`);
    const cookie = await signInCookie('supervisor@demo.local');
    const status = await (await call(`/api/bulk/${requestId}?lang=${lang}`, { cookie })).json();
    expect(status).toMatchObject({ state: 'done', total: counted, processed: counted, kind: 'queue-closure' });
    // Whether the browser caught it running or already done, the screen subscribed to this request's stream…
    await expect
      .poll(() => streams.find((x) => x.path === `/api/bulk/${requestId}/events`), { timeout: 15_000 })
      .toMatchObject({ status: 200, type: expect.stringMatching(/^text\/event-stream/) });
    // …and the stream ends with the final counts.
    const sse = await (await call(`/api/bulk/${requestId}/events`, { cookie })).text();
    expect(sse).toMatch(/event: end\ndata: .*"state":"done".*"processed":\d+/);
    const count = await (await call(`/api/bulk/queue-closure/count?serviceId=${status.serviceId}`, { cookie })).json();
    expect(count.queued).toBe(0);

    await page.goto(`${report}?tabulation=batch-finalized&serviceId=${status.serviceId}`);
    const rows = page.locator('.omni-history tbody tr[data-type=finished]');
    await rows.first().waitFor();
    const first = await rows.first().locator('td').allTextContents();
    expect(first[2]).toBe(service);
    expect(first[4]).toBe(tabulation);
    expect(first[6]).toBe('Supervisor Demo');
    expect(first[7]).not.toBe('');
    await shot(page, `history-report-${lang}`);
    await page.close();

    const csv = await (await call(`/api/reports/interaction-history.csv?tabulation=batch-finalized&serviceId=${status.serviceId}&lang=${lang}`, { cookie })).text();
    const lines = csv.trim().split('\r\n');
    expect(lines.length - 1).toBe(counted);
    expect(lines[1]).toContain(tabulation);
    expect(lines[1]).toContain('Supervisor Demo');
  });
});
