import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { openSearch, searchFor } from './helpers/search-dialog';

/** Search insights: recorded by the dialog after typing stops, bounded, read on /admin/search. */
const b = useBrowser();
let admin: string;
let agent: string;
beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  agent = await signInCookie('agent@demo.local');
}, 60_000);

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  call(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const insights = async (query = '') => (await call(`/api/search/insights?limit=500${query}`, { cookie: admin })).json() as Promise<{ zero: { query: string; lang: string; searches: number }[]; unopened: { query: string; results: number }[] }>;

describe('recording endpoints', () => {
  test('record a normalized query, anonymously, and answer 204', async () => {
    const r = await post('/api/search/queries', { q: '  Fila   NÃO abre ', lang: 'pt-BR', results: 0 });
    expect(r.status).toBe(204);
    const report = await insights('&language=pt-BR');
    expect(report.zero.find((z) => z.query === 'fila nao abre')?.searches).toBeGreaterThanOrEqual(1);
  });

  test('refuse bad input with a 4xx in the caller\'s language and record nothing', async () => {
    const before = await insights();
    expect((await post('/api/search/queries', { q: 'x'.repeat(201), lang: 'en', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'a\u0000b', lang: 'en', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: '   ', lang: 'en', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'fr', results: 1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'en', results: -1 })).status).toBe(400);
    expect((await post('/api/search/queries', { q: 'ok', lang: 'en', results: 1, pad: 'y'.repeat(2000) })).status).toBe(413);
    // A form-like type is refused before the endpoint (cross-site protection, 403) or by it (415).
    expect([403, 415]).toContain((await post('/api/search/queries', 'q=ok', { 'content-type': 'text/plain' })).status);
    const pt = await call('/api/search/queries?lang=pt-BR', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: 'ok', lang: 'xx', results: 1 }) });
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

  test('a query that found nothing, and one whose result was opened leaves the unopened list', async () => {
    page = await b.newPage();
    await page.goto('/');
    await openSearch(page);
    // Wait for the server's answer to each recording (not only for the request to leave), each
    // waiter set before the typing that triggers it: the insights are read right after.
    const recordedAnswer = (query: string) =>
      page.waitForResponse((r) => r.url().endsWith('/api/search/queries') && r.request().method() === 'POST' && r.request().postDataJSON()?.q === query);
    const first = recordedAnswer('integracao com whatsapp business');
    expect(await searchFor(page, 'integracao com whatsapp business')).toBeDefined();
    expect((await first).status()).toBe(204);
    const second = recordedAnswer('grade de horario madrugada');
    const results = await searchFor(page, 'grade de horario madrugada');
    expect(results.length).toBeGreaterThan(0);
    expect((await second).status()).toBe(204);
    let report = await insights();
    const whatsapp = [...report.zero, ...report.unopened].find((r) => r.query === 'integracao com whatsapp business');
    expect(whatsapp).toBeDefined();
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
    for (const [path, login] of [['/admin/search/', '/login/'], ['/en/admin/search/', '/en/login/']] as const) {
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
