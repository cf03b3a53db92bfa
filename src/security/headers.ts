import { createHash } from 'node:crypto';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import mediaDirective from 'astro/runtime/client/media.prebuilt.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';

/** Headers every response carries, whatever serves it (static file, page, API). */
export const BASE_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
} as const;

/** Inline `<script>` elements (no `src`): their text, exactly as the browser hashes it. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Astro's island loader and hydration directives: a server island (`server:defer`) inserts them
 * into a page that did not carry them, so every page allows them.
 */
const ISLAND_RUNTIME = [islandScript, idleDirective, loadDirective, mediaDirective, onlyDirective, visibleDirective].map(hashOf);

/** SHA-256 CSP sources of the inline scripts of an HTML document, plus Astro's island runtime. */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>(ISLAND_RUNTIME);
  for (const m of html.matchAll(INLINE_SCRIPT)) if (m[1].trim()) out.add(hashOf(m[1]));
  return [...out];
}

/**
 * The Content-Security-Policy of a page: scripts from this origin and the inline ones of that
 * very page by hash (Starlight's theme and sidebar scripts, Astro's island loaders); WebAssembly
 * for Pagefind's search; styles from this origin and inline (Starlight sets style attributes);
 * nothing may frame the site, plugins are off, forms and `<base>` stay on this origin.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.length ? ' ' + scriptHashes.join(' ') : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header of a response; HTML gets a CSP with its inline scripts' hashes. */
export function securityHeaders(html?: string): Record<string, string> {
  return { ...BASE_SECURITY_HEADERS, 'content-security-policy': contentSecurityPolicy(html ? inlineScriptHashes(html) : []) };
}
