import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { openSearch, searchFor } from './helpers/search-dialog';

/**
 * Search insights: recorded by the dialog after typing stops, for signed-in searches only (issue
 * 24), bounded, read on /admin/search.
 */
const b = useBrowser();
let admin: string;
let agent: string;
let supervisor: string;
beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  agent = await signInCookie('agent@demo.local');
  supervisor = await signInCookie('supervisor@demo.local');
}, 60_000);

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }, cookie: string | undefined = agent) =>
  call(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body), cookie });
type Row = { query: string; lang: string; searches: number; results: number; strong: number };
const insights = async (query = '') =>
  (await call(`/api/search/insights?limit=500${query}`, { cookie: admin })).json() as Promise<{ zero: Row[]; unopened: Row[]; refused: unknown[] }>;

describe('recording endpoints', () => {
  test('an attacker cannot fill the insights: anonymous recordings from any X-Forwarded-For are refused and record nothing', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 150; i++) {
      const r = await call('/api/search/queries', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i % 250}, 198.51.100.${i % 7}`, 'x-real-ip': `192.0.2.${i % 250}` },
        body: JSON.stringify({ q: `flood ${i} comprar seguidores`, lang: i % 2 ? 'en' : 'pt-BR', results: 0 }),
      });
      statuses.add(r.status);
      const o = await call('/api/search/opened', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i % 250}` },
        body: JSON.stringify({ q: 'fila nao abre', lang: 'pt-BR' }),
      });
      statuses.add(o.status);
    }
    expect([...statuses]).toEqual([401]);
    const report = await insights();
    expect([...report.zero, ...report.unopened].filter((r) => r.query.startsWith('flood '))).toEqual([]);
  }, 120_000);

  test('record a signed-in search, normalized, with how many results answered it, and answer 204', async () => {
    const r = await post('/api/search/queries', { q: '  Fila   NÃO abre ', lang: 'pt-BR', results: 0 });
    expect(r.status).toBe(204);
    expect((await post('/api/search/queries', { q: 'impressora nao imprime', lang: 'pt-BR', results: 4, strong: 0 })).status).toBe(204);
    expect((await post('/api/search/queries', { q: 'acabaram as licencas', lang: 'pt-BR', results: 5, strong: 2 })).status).toBe(204);
    const report = await insights('&language=pt-BR');
    expect(report.zero.find((z) => z.query === 'fila nao abre')?.searches).toBeGreaterThanOrEqual(1);
    // A search with results but none that answers it is a gap: no article covers it.
    expect(report.zero.find((z) => z.query === 'impressora nao imprime')).toMatchObject({ results: 4, strong: 0 });
    expect(report.unopened.find((z) => z.query === 'acabaram as licencas')).toMatchObject({ results: 5, strong: 2 });
  });

  test('a signed-in account that floods is stopped by its own budget (429), and others keep recording', async () => {
    const statuses: number[] = [];
    // Recorded as answered, so that they land in the unopened list, not among the gaps the page test reads.
    for (let i = 0; i < 125; i++)
      statuses.push((await post('/api/search/queries', { q: `supervisor flood ${i}`, lang: 'en', results: 3, strong: 3 }, undefined, supervisor)).status);
    expect(statuses.slice(0, 120).every((s) => s === 204)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    expect((await post('/api/search/queries', { q: 'after the flood', lang: 'en', results: 0 })).status).toBe(204);
  }, 120_000);

  test("refuse bad input with a 4xx in the caller's language and record nothing", async () => {
    const before = await insights();
    expect((await post('/api/search/queries', { q: 'x'.repeat(201), lang: 'en', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'a\u0000b', lang: 'en', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: '   ', lang: 'en', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'fr', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'en', results: -1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'en', results: 1, pad: 'y'.repeat(2000) })).status).toBe(413);
    // A form-like type is refused before the endpoint (cross-site protection, 403) or by it (415).
    expect([403, 415]).toContain((await post('/api/search/queries', 'q=ok', { 'content-type': 'text/plain' })).status);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'en', results: 1, strong: 1001 })).status).toBe(400);
    const pt = await call('/api/search/queries?lang=pt-BR', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'ok', lang: 'xx', results: 1 }),
      cookie: agent,
    });
    expect((await pt.json()).error).toBe('Os dados enviados estão incompletos ou inválidos.');
    const after = await insights();
    expect(after.zero.length + after.unopened.length).toBe(before.zero.length + before.unopened.length);
  });

  test('the insights list is for admin:audit holders only', async () => {
    expect((await call('/api/search/insights')).status).toBe(401);
    expect((await call('/api/search/insights', { cookie: agent })).status).toBe(403);
    expect((await call('/api/search/insights?limit=9999', { cookie: admin })).status).toBe(400);
  });
});

describe('the dialog records and the insights page shows', () => {
  let page: Page;
  afterAll(async () => page?.close());

  test('a query that found nothing, a query no article covers, and one whose result was opened leaves the unopened list', async () => {
    page = await b.newPage();
    const [name, value] = agent.split('=');
    await page.context().addCookies([{ name: name!, value: value!, url: b.baseURL() }]);
    await page.goto('/');
    await openSearch(page);
    // Wait for the server's answer to each recording (not only for the request to leave), each
    // waiter set before the typing that triggers it: the insights are read right after.
    const recordedAnswer = (query: string) =>
      page.waitForResponse((r) => r.url().endsWith('/api/search/queries') && r.request().method() === 'POST' && r.request().postDataJSON()?.q === query);
    const first = recordedAnswer('integracao com whatsapp business');
    expect(await searchFor(page, 'integracao com whatsapp business')).toBeDefined();
    expect((await first).status()).toBe(204);
    const third = recordedAnswer('quanto custa o plano premium');
    expect((await searchFor(page, 'quanto custa o plano premium')).every((r) => r.match === 'weak')).toBe(true);
    expect((await third).status()).toBe(204);
    const second = recordedAnswer('grade de horario madrugada');
    const results = await searchFor(page, 'grade de horario madrugada');
    expect(results.length).toBeGreaterThan(0);
    expect((await second).status()).toBe(204);
    let report = await insights();
    // Both are gaps: nothing found, or only "maybe" results.
    expect(report.zero.some((r) => r.query === 'integracao com whatsapp business')).toBe(true);
    expect(report.zero.find((r) => r.query === 'quanto custa o plano premium')?.strong).toBe(0);
    expect(report.unopened.some((r) => r.query === 'grade de horario madrugada')).toBe(true);
    const opened = page.waitForRequest((r) => r.url().endsWith('/api/search/opened'));
    await Promise.all([page.waitForURL((u) => u.pathname === results[0]!.path), opened, page.locator('a[role="option"]').first().click()]);
    await expect.poll(async () => (await insights()).unopened.some((r) => r.query === 'grade de horario madrugada'), { timeout: 10_000 }).toBe(false);
    report = await insights();
    expect([...report.zero, ...report.unopened].some((r) => r.query === 'grade de horario madrugada')).toBe(false);
  }, 120_000);

  test('the insights page lists the queries for an admin, in each language, and refuses others', async () => {
    const adminPage = await b.newPage();
    const [name, value] = admin.split('=');
    await adminPage.context().addCookies([{ name: name!, value: value!, url: b.baseURL() }]);
    await adminPage.goto('/admin/search/');
    await adminPage.locator('table[data-list="zero"] tr[data-query="fila nao abre"]').waitFor();
    expect(await adminPage.locator('h1').textContent()).toBe('O que as pessoas buscam');
    await shot(adminPage, 'search-insights-pt');
    await adminPage.goto('/en/admin/search/');
    await adminPage.locator('table[data-list="zero"] tr[data-query="fila nao abre"]').waitFor();
    expect(await adminPage.locator('h1').textContent()).toBe('What people search for');
    await adminPage.close();
    // Signed out: the one page guard sends the visitor to sign in and back, in each language.
    for (const [path, login] of [
      ['/admin/search/', '/login/'],
      ['/en/admin/search/', '/en/login/'],
    ] as const) {
      const anon = await call(path, { redirect: 'manual' });
      expect(anon.status).toBe(303);
      expect(anon.headers.get('location')).toBe(`${login}?next=${encodeURIComponent(path)}`);
    }
    // Signed in without admin:audit: the one refusal page, naming the permission by its label.
    const forbidden = await call('/en/admin/search/', { cookie: agent });
    expect(forbidden.status).toBe(403);
    const html = await forbidden.text();
    expect(html).toContain('data-forbidden');
    expect(html).toContain('Administration: audit trail');
  }, 120_000);
});
