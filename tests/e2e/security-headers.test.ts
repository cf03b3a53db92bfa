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
