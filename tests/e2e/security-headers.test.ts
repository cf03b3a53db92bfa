import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';

const b = useBrowser();

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

describe('security headers', () => {
  test.each([
    ['a prerendered article', '/licenses/no-licenses-available/'],
    ['a prerendered English article', '/en/licenses/no-licenses-available/'],
    ['the prerendered home page', '/'],
    ['an on-demand page', '/login/'],
    ['an API route', '/api/me'],
    ['an API route that refuses', '/api/audit'],
  ])('are on %s', async (_what, path) => {
    const res = await call(path);
    expectSecurityHeaders(res);
    if ((res.headers.get('content-type') ?? '').includes('text/html')) {
      // The page's own inline scripts are allowed by hash, and only those.
      const html = await res.text();
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1].trim());
      expect(inline.length).toBeGreaterThan(0);
      expect((res.headers.get('content-security-policy')!.match(/'sha256-/g) ?? []).length).toBeGreaterThanOrEqual(new Set(inline.map((m) => m[1])).size);
    }
  });
});

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const inlineScripts = (html: string) => [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => m[2].trim());

describe('the CSP of on-demand pages', () => {
  test.each([
    '/login/',
    '/en/login/',
    '/admin/scheduler/',
    '/en/admin/mailboxes/',
    '/admin/audit/',
    '/health/',
    '/bulk/history/',
    '/bulk/import/',
    '/en/reports/interaction-history/',
  ])('%s allows exactly the build’s own inline scripts and its server-island loaders, and every script it carries', async (path) => {
    const known = JSON.parse(readFileSync('dist/script-hashes.json', 'utf8')) as string[];
    const res = await call(path, { cookie: await signInCookie('admin@demo.local') });
    expect(res.status).toBe(200);
    const html = await res.text();
    const allowed = new Set(res.headers.get('content-security-policy')!.match(/'sha256-[^']+'/g));
    const loaders = inlineScripts(html)
      .filter((m) => m[1].includes('data-island-id'))
      .map((m) => sha(m[2]));
    expect([...allowed].sort()).toEqual([...new Set([...known, ...loaders])].sort());
    for (const m of inlineScripts(html)) expect(allowed.has(sha(m[2])), `${path} carries a script its CSP blocks: ${m[2].slice(0, 80)}`).toBe(true);
  });
});

/** Records every CSP violation the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

describe('pages work under the CSP', () => {
  test('search, the theme switch and an article’s live check island run without a violation', async () => {
    const page = await b.newPage();
    const violations = await watchViolations(page);
    const [name, value] = (await signInCookie('admin@demo.local')).split('=');
    await page.context().addCookies([{ name, value, url: b.baseURL() }]);
    await page.goto('/licenses/no-licenses-available/');
    // Theme switch (Starlight's inline theme script and its select).
    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    // The server island renders the check form, and its script runs the check.
    const form = page.locator('form[data-check-runner="license-count"]');
    await form.waitFor();
    await form.locator('button[type="submit"]').click();
    await form.locator('.omni-result').waitFor();
    // Our search dialog over Pagefind (WebAssembly).
    await page.locator('omni-search button[data-open]:not([disabled])').first().click();
    await page.locator('#omni-search-input').fill('licenca');
    await page.locator('omni-search a[role="option"]').first().waitFor({ timeout: 15_000 });
    await shot(page, 'csp-article-search');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  test.each(['/admin/scheduler/', '/en/admin/mailboxes/', '/bulk/import/'])('%s renders its Preact island without a violation', async (path) => {
    const page = await b.newPage();
    const violations = await watchViolations(page);
    const [name, value] = (await signInCookie('admin@demo.local')).split('=');
    await page.context().addCookies([{ name, value, url: b.baseURL() }]);
    await page.goto(path);
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  test('the health dashboard’s Preact island hydrates and runs', async () => {
    const page = await b.newPage();
    const violations = await watchViolations(page);
    const [name, value] = (await signInCookie('admin@demo.local')).split('=');
    await page.context().addCookies([{ name, value, url: b.baseURL() }]);
    const res = await page.goto('/en/health/');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.omni-health-bar button:not([disabled])').click({ timeout: 30_000 });
    await page.locator('.omni-health-check[data-status]:not([data-status=""])').first().waitFor({ timeout: 60_000 });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
