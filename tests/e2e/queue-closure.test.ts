import { describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';
import { fold } from '@/search/normalize';

const b = useBrowser();

const t = {
  'pt-BR': {
    path: '/bulk/close-queue/',
    service: 'Financeiro',
    search: 'Ver o que será encerrado',
    confirm: /^Encerrar \d+ atendimentos$/,
    cancel: 'Cancelar',
    nothing: 'Nada foi encerrado.',
    hint: /digite \d+ \(o número de atendimentos\) ou o nome do serviço, Financeiro \(acentos e maiúsculas não fazem diferença\)/,
    channels: ['Chat', 'E-mail', 'WhatsApp', 'Telefone'],
    date: /\d{2}\/\d{2}\/\d{4}/,
    summary: 'Encerramento da fila de Financeiro: Concluído',
    result: /^(\d+) encerrados?, 0 não encerrados?$/,
    openRequest: 'Abrir a página da solicitação (o que foi feito, item a item)',
    openMonitor: 'Abrir o monitoramento',
    openReport: 'Ver os encerrados no relatório',
    another: 'Encerrar outra fila',
    done: 'Concluído',
    tabulation: 'Finalizado em lote',
    prefix: '',
  },
  en: {
    path: '/en/bulk/close-queue/',
    service: 'Suporte Técnico',
    search: 'Show what will be closed',
    confirm: /^Close \d+ attendances$/,
    cancel: 'Cancel',
    nothing: 'Nothing was closed.',
    hint: /type \d+ \(the number of attendances\) or the service name, Suporte Técnico \(accents and capitals do not matter\)/,
    channels: ['Chat', 'E-mail', 'WhatsApp', 'Phone'],
    date: /\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}:\d{2}\s?[AP]M/,
    summary: 'Closing of the Suporte Técnico queue: Done',
    result: /^(\d+) closed, 0 not closed$/,
    openRequest: 'Open the request’s page (what was done, item by item)',
    openMonitor: 'Open the monitoring screen',
    openReport: 'See the closed ones in the report',
    another: 'Close another queue',
    done: 'Done',
    tabulation: 'Batch Finalized',
    prefix: '/en',
  },
} as const;

describe('mass queue closure: what it closes before Confirm, a summary with next steps after', () => {
  test.each(['pt-BR', 'en'] as const)('%s: preview, typed confirmation, job, summary, monitor and report', async (lang) => {
    const x = t[lang];
    const cookie = await signInCookie('supervisor@demo.local');
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto(x.path);
    const form = await hydrated(page, '.omni-closure');
    expect(await page.locator('astro-island .omni-tool.omni-closure').count()).toBe(1);
    await form.locator('select[name=serviceId]').selectOption({ label: x.service });
    const serviceId = Number(await form.locator('select[name=serviceId]').inputValue());
    const expected = await (await call(`/api/bulk/queue-closure/count?serviceId=${serviceId}&lang=${lang}`, { cookie })).json();
    expect(expected.queued).toBeGreaterThan(20);

    // Cancel first: nothing is closed.
    await form.getByRole('button', { name: x.search, exact: true }).click();
    const preview = form.locator('.omni-closure-preview');
    await preview.waitFor();
    await preview.getByRole('button', { name: x.cancel }).click();
    await form.getByRole('status').filter({ hasText: x.nothing }).waitFor();
    expect((await (await call(`/api/bulk/queue-closure/count?serviceId=${serviceId}`, { cookie })).json()).queued).toBe(expected.queued);

    await form.getByRole('button', { name: x.search, exact: true }).click();
    await preview.waitFor();
    // The count, the oldest and newest (local dates of the page's language), a sample with channel labels.
    expect(Number(await preview.getAttribute('data-count'))).toBe(expected.queued);
    expect(await preview.locator('strong').first().textContent()).toContain(String(expected.queued));
    const range = (await preview.locator('[data-range]').textContent())!;
    expect(range).toMatch(x.date);
    expect(range).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const sample = preview.locator('table.omni-cards tbody tr');
    expect(await sample.count()).toBe(Math.min(5, expected.queued));
    expect(await sample.first().getAttribute('data-protocol')).toBe(expected.sample[0].protocol);
    for (const channel of await sample.locator('td:nth-child(2)').allTextContents()) expect(x.channels).toContain(channel);
    expect(await sample.locator('td:nth-child(3)').first().textContent()).toMatch(x.date);

    // Above 20: Confirm stays disabled until the count (or the service's name) is typed.
    const confirm = preview.getByRole('button', { name: x.confirm });
    expect(await confirm.getAttribute('class')).toContain('omni-danger');
    expect(await confirm.isDisabled()).toBe(true);
    const typed = preview.getByRole('textbox');
    expect(await page.locator(`#${await typed.getAttribute('aria-describedby')}`).textContent()).toMatch(x.hint);
    await typed.fill(String(expected.queued + 1));
    expect(await confirm.isDisabled()).toBe(true);
    // The service's name, typed without its accent and in capitals (en: "SUPORTE TECNICO"), or the count.
    await typed.fill(lang === 'en' ? fold(x.service).toUpperCase() : String(expected.queued));
    expect(await confirm.isDisabled()).toBe(false);
    await shot(page, `closure-confirm-${lang}`);
    await expectNoSidewaysScroll(page, `closure confirm step (${lang})`);
    await shot(page, `closure-confirm-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // By keyboard: Tab from the typed confirmation reaches Confirm; Enter confirms.
    await typed.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('omni-danger');
    await page.keyboard.press('Enter');

    const summary = form.locator('.omni-closure-summary');
    await summary.waitFor();
    await form.locator('.omni-closure-summary[data-state=done]').waitFor({ timeout: 30_000 });
    expect(await summary.locator('h3').textContent()).toBe(x.summary);
    const closed = Number((await summary.locator('[data-result]').textContent())!.match(x.result)![1]);
    expect(closed).toBe(expected.queued);
    const requestLink = summary.getByRole('link', { name: x.openRequest });
    const href = (await requestLink.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${x.prefix}/bulk/request/\\?id=[0-9a-f-]{36}$`));
    const requestId = new URL(href, 'http://x').searchParams.get('id')!;
    expect(await summary.getByRole('link', { name: x.openMonitor }).getAttribute('href')).toBe(`${x.prefix}/bulk/queue-monitor/?request=${requestId}`);
    expect(await summary.getByRole('link', { name: x.openReport }).getAttribute('href')).toBe(`${x.prefix}/reports/interaction-history/?request=${requestId}`);
    await shot(page, `closure-summary-${lang}`);
    await expectNoSidewaysScroll(page, `closure summary (${lang})`);
    await shot(page, `closure-summary-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const status = await (await call(`/api/bulk/${requestId}?lang=${lang}`, { cookie })).json();
    expect(status).toMatchObject({ state: 'done', total: expected.queued, processed: expected.queued, kind: 'queue-closure', serviceId });
    expect((await (await call(`/api/bulk/queue-closure/count?serviceId=${serviceId}`, { cookie })).json()).queued).toBe(0);

    // The request's page lists the attendances it closed (from their events: a closure stores no items), in pages, with the article.
    const rq = await page.context().newPage();
    await rq.goto(href);
    const closedRows = rq.locator('[data-request-items] tbody tr[data-state=applied]');
    await closedRows.first().waitFor();
    expect(await closedRows.count()).toBe(Math.min(25, expected.queued));
    expect((await closedRows.first().innerText()).replace(/\s+/g, ' ')).toMatch(
      lang === 'en' ? / Closed Closed on .+ \(UTC−3\)$/ : / Encerrado Encerrado em .+ \(UTC−3\)$/,
    );
    expect(await rq.locator('[data-kind-article]').getAttribute('href')).toBe(`${x.prefix}/bulk/close-queue-in-bulk/`);
    await shot(rq, `request-closure-${lang}`);
    await rq.close();

    // The monitor the summary links to follows the same request to its end.
    await summary.getByRole('link', { name: x.openMonitor }).click();
    await page.waitForURL(/queue-monitor\/\?request=/);
    const row = page.locator(`tr[data-request="${requestId}"][data-state=done]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('td').nth(3).textContent()).toBe(x.done);
    expect(await row.locator('progress').getAttribute('value')).toBe('100');
    expect(await row.locator('td').nth(5).textContent()).toContain(String(closed));

    // …and its report lists the closed attendances of this request only.
    await page.goto(`${x.prefix}/reports/interaction-history/?request=${requestId}`);
    const rows = page.locator('.omni-history tbody tr[data-type=finished]');
    await rows.first().waitFor();
    const first = await rows.first().locator('td').allTextContents();
    expect(first[2]).toBe(x.service);
    expect(first[5]).toBe(x.tabulation);
    expect(first[7]).toBe('Supervisor Demo');
    expect(await page.locator('.omni-history tbody tr').count()).toBe(Math.min(50, closed));
    await page.close();

    const csv = await (await call(`/api/reports/interaction-history.csv?request=${requestId}&lang=${lang}`, { cookie })).text();
    const lines = csv.trim().split('\r\n');
    expect(lines.length - 1).toBe(closed);
    expect(lines[1]).toContain(x.tabulation);
    expect(lines[1]).toContain('Supervisor Demo');
  });

  test('in the article, the closure form is styled and its “close another queue” starts over with the service picker focused', async () => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto('/bulk/close-queue-in-bulk/');
    const form = await hydrated(page, '.omni-closure');
    // The server island brings its own stylesheet along.
    expect(await form.locator('.omni-closure-pick').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
    await form.locator('select[name=serviceId]').selectOption({ label: 'Financeiro' });
    await form.getByRole('button', { name: 'Ver o que será encerrado' }).click();
    // Closed by the test above: an empty queue offers no Confirm, only starting over.
    const preview = form.locator('.omni-closure-preview[data-count="0"]');
    await preview.waitFor();
    expect(await preview.locator('.omni-danger').count()).toBe(0);
    await preview.getByRole('button', { name: 'Encerrar outra fila' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('serviceId');
    await page.close();
  });
});
