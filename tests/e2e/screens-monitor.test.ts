import { beforeAll, describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

const b = useBrowser();

/** The calendar day of `iso` in the organization's zone (the demo's: São Paulo). */
const dayIn = (iso: string, plusDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date(Date.parse(iso) + plusDays * 86_400_000));

const t = {
  'pt-BR': {
    path: '/bulk/queue-monitor/',
    allServices: 'Todos os serviços',
    allStates: 'Todas as situações',
    filter: 'Filtrar',
    clear: 'Limpar os filtros',
    done: 'Concluído',
    none: 'Nenhum pedido com esses filtros.',
    inverted: 'A data final é anterior à inicial.',
    date: /^\d{2}\/\d{2}\/\d{4}/,
    prefix: '',
    report: 'Relatório',
  },
  en: {
    path: '/en/bulk/queue-monitor/',
    allServices: 'All services',
    allStates: 'All states',
    filter: 'Filter',
    clear: 'Clear the filters',
    done: 'Done',
    none: 'No request matches these filters.',
    inverted: 'The end date is before the start date.',
    date: /^\d{1,2}\/\d{1,2}\/\d{2}/,
    prefix: '/en',
    report: 'Report',
  },
} as const;

/** A fresh demo database numbers its services in seed order (see route-catalog.ts): 3 is Financeiro, 5 Vendas. */
const FINANCEIRO = 3;
const VENDAS = 5;

/** A finished Financeiro closure exists (queue-closure.test.ts leaves one; alone, this file makes its own). */
beforeAll(async () => {
  const cookie = await signInCookie('supervisor@demo.local');
  const { requests } = await (await call(`/api/bulk/queue-closure/requests?serviceId=${FINANCEIRO}&state=done`, { cookie })).json();
  if (requests.length) return;
  const res = await call('/api/bulk/queue-closure/confirm', {
    method: 'POST',
    cookie,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId: FINANCEIRO, tabulate: true }),
  });
  const { requestId } = await res.json();
  for (let i = 0; i < 150 && (await (await call(`/api/bulk/${requestId}`, { cookie })).json()).state !== 'done'; i++)
    await new Promise((r) => setTimeout(r, 200));
});

describe('queue monitor filters and links', () => {
  test('the filters are bounded and ANDed with the caller’s scope', async () => {
    const supervisor = await signInCookie('supervisor@demo.local');
    const admin = await signInCookie('admin@demo.local');
    const all = await (await call('/api/bulk/queue-closure/requests?limit=100', { cookie: admin })).json();
    const mine = await (await call('/api/bulk/queue-closure/requests?limit=100', { cookie: supervisor })).json();
    expect(mine.requests.length).toBeGreaterThan(0);
    for (const r of mine.requests) expect(['Financeiro', 'Suporte Técnico']).toContain(r.serviceName);
    expect(all.requests.length).toBeGreaterThanOrEqual(mine.requests.length);
    expect(mine.timeZone).toBe('America/Sao_Paulo');
    const only = await (await call(`/api/bulk/queue-closure/requests?serviceId=${FINANCEIRO}&state=done`, { cookie: supervisor })).json();
    expect(only.requests.length).toBeGreaterThan(0);
    for (const r of only.requests) expect(r).toMatchObject({ serviceId: FINANCEIRO, serviceName: 'Financeiro', state: 'done' });
    // A service outside the supervisor's scope is refused by name, not silently emptied; an admin may filter by it.
    const refused = await call(`/api/bulk/queue-closure/requests?serviceId=${VENDAS}&lang=en`, { cookie: supervisor });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe('Choose a service you manage.');
    expect((await call(`/api/bulk/queue-closure/requests?serviceId=${VENDAS}`, { cookie: admin })).status).toBe(200);
    // Bounded input: unknown states, impossible days, inverted ranges are 400s with per-field messages.
    for (const [q, field] of [
      ['state=exploded', 'state'],
      ['from=2026-02-30', 'from'],
      ['to=1999-01-01', 'to'],
      ['from=2026-11-28&to=2026-11-27', 'to'],
    ] as const) {
      const res = await call(`/api/bulk/queue-closure/requests?${q}&lang=en`, { cookie: supervisor });
      expect(res.status, q).toBe(400);
      expect(Object.keys((await res.json()).fields), q).toEqual([field]);
    }
  });

  test.each(['pt-BR', 'en'] as const)('%s: filter by service, state and day; each request links to its page and report', async (lang) => {
    const x = t[lang];
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto(x.path);
    const monitor = await hydrated(page, '.omni-monitor');
    expect(await page.locator('astro-island .omni-tool.omni-monitor').count()).toBe(1);
    const rows = monitor.locator('tbody tr');
    await rows.first().waitFor();
    const service = monitor.locator('select[name=serviceId]');
    const state = monitor.locator('select[name=state]');
    expect(await service.locator('option').first().textContent()).toBe(x.allServices);
    expect(await state.locator('option').first().textContent()).toBe(x.allStates);
    expect(await state.locator('option').allTextContents()).not.toContain('done');
    expect(await rows.first().locator('td').nth(2).textContent()).toMatch(x.date);

    await service.selectOption({ label: 'Financeiro' });
    await state.selectOption({ label: x.done });
    const createdAt = (await rows.first().locator('time').getAttribute('datetime'))!;
    await monitor.locator('input[name=from]').fill(dayIn(createdAt));
    await monitor.locator('input[name=to]').fill(dayIn(createdAt));
    await monitor.getByRole('button', { name: x.filter, exact: true }).click();
    await expect
      .poll(async () => (await rows.locator('td:first-child').allTextContents()).every((s) => s === 'Financeiro') && (await rows.count()) > 0)
      .toBe(true);
    for (const s of await rows.locator('td:nth-child(4)').allTextContents()) expect(s).toBe(x.done);
    await shot(page, `monitor-${lang}`);
    await expectNoSidewaysScroll(page, `queue monitor (${lang})`);
    await shot(page, `monitor-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Each row links to its request's page and to its report.
    const id = (await rows.first().getAttribute('data-request'))!;
    expect(await rows.first().locator('a[data-link=request]').getAttribute('href')).toBe(`${x.prefix}/bulk/request/?id=${id}`);
    const report = rows.first().locator('a[data-link=report]');
    expect(await report.getAttribute('href')).toBe(`${x.prefix}/reports/interaction-history/?request=${id}`);
    expect(await report.getAttribute('aria-label')).toContain('Financeiro');

    // A later day: none match; an inverted range: the message beside "to", the table cleared.
    await monitor.locator('input[name=from]').fill(dayIn(createdAt, 1));
    await monitor.locator('input[name=to]').fill(dayIn(createdAt, 2));
    await monitor.getByRole('button', { name: x.filter, exact: true }).click();
    await monitor.getByRole('status').filter({ hasText: x.none }).waitFor();
    await monitor.locator('input[name=to]').fill(dayIn(createdAt, -1));
    await monitor.getByRole('button', { name: x.filter, exact: true }).click();
    const to = monitor.locator('input[name=to]');
    await monitor.locator('input[name=to][aria-invalid=true]').waitFor();
    expect(await page.locator(`#${await to.getAttribute('aria-describedby')}`).textContent()).toBe(x.inverted);
    expect(await rows.count()).toBe(0);
    await monitor.getByRole('button', { name: x.clear }).click();
    await rows.first().waitFor();

    // The report link of the Financeiro request (by its address: the cleared list starts with any service).
    await page.locator(`tr[data-request="${id}"] a[data-link=report]`).click();
    await page.waitForURL((u) => u.searchParams.get('request') === id);
    await page.locator('.omni-history tbody tr').first().waitFor();
    for (const s of await page.locator('.omni-history tbody tr td:nth-child(3)').allTextContents()) expect(s).toBe('Financeiro');
    await page.close();
  });
});
