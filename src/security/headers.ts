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

/** Inline `<script>` elements (no `src`): their attributes and text, exactly as the browser hashes it. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;

export const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Astro's island loader and hydration directives: a server island (`server:defer`) inserts them
 * into a page that did not carry them, so every page allows them.
 */
export const ISLAND_RUNTIME: readonly string[] = [islandScript, idleDirective, loadDirective, mediaDirective, onlyDirective, visibleDirective].map(hashOf);

/**
 * The loader Astro writes for each server island (`server:defer`): a fetch of `/_server-islands/
 * <component>` with its encrypted props, then `replaceServerIsland(<id>, response)`. Its text
 * differs per render (the props are encrypted anew), so no build can list it; it is recognised
 * only when it is exactly Astro's template (astro/dist/runtime/server/render/server-islands.js,
 * GET and POST forms) with nothing but URL-safe, base64 or UUID characters in the blanks: such a
 * script can only ask our server for one of our islands, whoever put it in the page.
 */
const LOADER_GET =
  /^const headers = new Headers\(\{\}\);\nlet response = await fetch\("\/_server-islands\/[A-Za-z0-9_]+\/?(?:\?[A-Za-z0-9%=&._~-]*)?", \{ headers \}\);replaceServerIsland\("[0-9a-f-]{36}", response\);$/;
const LOADER_POST =
  /^let data = \{\n\tencryptedComponentExport: "[A-Za-z0-9+/=_-]*",\n\tencryptedProps: "[A-Za-z0-9+/=_-]*",\n\tencryptedSlots: "[A-Za-z0-9+/=_-]*",\n\};\nconst headers = new Headers\(\{ 'Content-Type': 'application\/json', \.\.\.\{\} \}\);\nlet response = await fetch\("\/_server-islands\/[A-Za-z0-9_]+\/?", \{\n\tmethod: 'POST',\n\tbody: JSON\.stringify\(data\),\n\theaders,\n\}\);replaceServerIsland\("[0-9a-f-]{36}", response\);$/;

/** True for a script that is exactly Astro's server-island loader (see LOADER_GET). */
export const isServerIslandLoader = (text: string) => LOADER_GET.test(text) || LOADER_POST.test(text);

/** The non-empty inline scripts of an HTML document. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[2]).filter((text) => text.trim());
}

/**
 * BUILD TIME. The hashes of every inline script a built page carries, plus Astro's island runtime:
 * the CSP of that prerendered page (src/integrations/static-security-headers.ts). The page is the
 * build's own output, written before any request.
 */
export function builtPageScriptHashes(html: string): string[] {
  return [...new Set([...ISLAND_RUNTIME, ...inlineScripts(html).map(hashOf)])];
}

/**
 * BUILD TIME. The inline scripts the build emits, over all its prerendered pages (Starlight's
 * theme and sidebar scripts, its inlined component scripts, our search button's, Astro's island
 * runtime), server-island loaders left out (they are per render): every on-demand page renders
 * the same components, so these are the only inline scripts its CSP allows by hash.
 */
export function buildScriptHashes(pages: Iterable<string>): string[] {
  const out = new Set<string>(ISLAND_RUNTIME);
  for (const html of pages) for (const text of inlineScripts(html)) if (!isServerIslandLoader(text)) out.add(hashOf(text));
  return [...out].sort();
}

/**
 * REQUEST TIME. The script hashes of an on-demand page's CSP: the build's own (`known`, from
 * buildScriptHashes) and the page's server-island loaders of exactly Astro's template. Nothing
 * else the page carries is hashed, so a script injected into it (a stored value, an echoed query)
 * is not allowed to run.
 */
export function onDemandScriptHashes(html: string, known: Iterable<string>): string[] {
  const out = new Set(known);
  for (const text of inlineScripts(html)) if (isServerIslandLoader(text)) out.add(hashOf(text));
  return [...out];
}

/**
 * The Content-Security-Policy of a page: scripts from this origin and the build's own inline
 * ones by hash (Starlight's theme and sidebar scripts, Astro's island loaders); WebAssembly for
 * Pagefind's search; styles from this origin and inline (Starlight sets style attributes);
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

/** Every security header of a response whose page (if any) allows `scriptHashes`. */
export function securityHeaders(scriptHashes: readonly string[] = []): Record<string, string> {
  return { ...BASE_SECURITY_HEADERS, 'content-security-policy': contentSecurityPolicy(scriptHashes) };
}
