import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../../src/security/headers';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  test('hashes each inline script exactly as written, and skips scripts loaded from a file', () => {
    const a = "\n  const theme = localStorage.getItem('starlight-theme');\n";
    const html = `<head><script>${a}</script><script type="module" src="/_astro/page.js"></script><script is:inline aria-hidden="true">b()</script><script></script></head>`;
    expect(inlineScriptHashes(html)).toEqual(expect.arrayContaining([sha(a), sha('b()')]));
    expect(inlineScriptHashes(html)).toHaveLength(6 + 2); // Astro's island runtime, always
  });
});

describe('securityHeaders', () => {
  test('frames nothing, sniffs nothing, leaks no path to other sites, and allows only this origin and the page’s own inline scripts', () => {
    const h = securityHeaders('<script>x()</script>');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
    expect(h['content-security-policy']).toContain(sha('x()'));
    expect(h['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy()).toContain("object-src 'none'");
  });
});
