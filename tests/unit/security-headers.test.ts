import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  buildScriptHashes,
  builtPageScriptHashes,
  contentSecurityPolicy,
  isServerIslandLoader,
  ISLAND_RUNTIME,
  onDemandScriptHashes,
  securityHeaders,
} from '@/security/headers';
import { withSecurityHeaders } from '@/security/with-security-headers';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** Astro's server-island loader exactly as a render writes it (GET form). */
const loader = (id: string) =>
  `const headers = new Headers({});\nlet response = await fetch("/_server-islands/HeaderAccount?e=1BCCB07EFBC2%2Fu0z%3D&p=3A3AB0%2BnwY&s=", { headers });replaceServerIsland("${id}", response);`;
const THEME = "\n  const theme = localStorage.getItem('starlight-theme');\n";

describe('builtPageScriptHashes (build time)', () => {
  test('hashes each inline script of a built page exactly as written, and skips scripts loaded from a file', () => {
    const html = `<head><script>${THEME}</script><script type="module" src="/_astro/page.js"></script><script is:inline aria-hidden="true">b()</script><script></script></head>`;
    expect(builtPageScriptHashes(html)).toEqual(expect.arrayContaining([sha(THEME), sha('b()')]));
    expect(builtPageScriptHashes(html)).toHaveLength(6 + 2); // Astro's island runtime, always
  });
});

describe('buildScriptHashes (build time)', () => {
  test('collects the inline scripts of every built page, but not their per-render server-island loaders', () => {
    const pages = [
      `<script>${THEME}</script><script type="module" data-astro-rerun data-island-id="x">${loader('7dd35660-90f3-4f02-be9f-9556b49137a3')}</script>`,
      '<script>b()</script>',
    ];
    const known = buildScriptHashes(pages);
    expect(known).toEqual(expect.arrayContaining([sha(THEME), sha('b()'), ...ISLAND_RUNTIME]));
    expect(known).not.toContain(sha(loader('7dd35660-90f3-4f02-be9f-9556b49137a3')));
  });
});

describe('the CSP of an on-demand page (request time)', () => {
  const known = buildScriptHashes([`<script>${THEME}</script>`]);
  const injected = [
    'alert(document.cookie)',
    `fetch("/_server-islands/HeaderAccount?e=1").then(()=>alert(1));replaceServerIsland("7dd35660-90f3-4f02-be9f-9556b49137a3", response);`,
    loader('7dd35660-90f3-4f02-be9f-9556b49137a3') + 'alert(1)',
  ];
  const page =
    `<html><head><script>${THEME}</script></head><body><p>Nome: <script>${injected[0]}</script></p><script>${injected[1]}</script><script>${injected[2]}</script>` +
    `<script type="module" data-astro-rerun data-island-id="a">${loader('0ce28f0e-90f3-4f02-be9f-9556b49137a3')}</script></body></html>`;

  test('allows the build’s own scripts and Astro’s server-island loaders, and no script injected into the page', () => {
    const hashes = onDemandScriptHashes(page, known);
    expect(hashes).toEqual(expect.arrayContaining([sha(THEME), sha(loader('0ce28f0e-90f3-4f02-be9f-9556b49137a3'))]));
    for (const script of injected) expect(hashes).not.toContain(sha(script));
  });

  test('withSecurityHeaders: a page whose content carries an injected inline script does not allow it, and is not cached', async () => {
    const res = await withSecurityHeaders(new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }), known);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(sha(THEME));
    for (const script of injected) expect(csp).not.toContain(sha(script));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe(page);
  });

  test('recognises only Astro’s loader template', () => {
    expect(isServerIslandLoader(loader('0ce28f0e-90f3-4f02-be9f-9556b49137a3'))).toBe(true);
    for (const script of injected) expect(isServerIslandLoader(script)).toBe(false);
    expect(isServerIslandLoader(loader('0ce28f0e-90f3-4f02-be9f-9556b49137a3').replace('HeaderAccount?e=', 'HeaderAccount?e="+alert(1)+"'))).toBe(false);
  });
});

describe('securityHeaders', () => {
  test('frames nothing, sniffs nothing, leaks no path to other sites, and allows only this origin and the given inline scripts', () => {
    const h = securityHeaders([sha('x()')]);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
    expect(h['content-security-policy']).toContain(sha('x()'));
    expect(h['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy()).toContain("object-src 'none'");
  });
});
