import { BASE_SECURITY_HEADERS, contentSecurityPolicy, hashOf, ISLAND_RUNTIME, onDemandScriptHashes } from './headers';
import { knownScriptHashes } from './build-script-hashes';

/**
 * The script hashes an on-demand HTML page's CSP allows: the build's own inline scripts and the
 * page's server-island loaders (src/security/headers.ts), never any other script text of the
 * page. `known` defaults to the build's list; only the dev server hashes the page's scripts (its
 * scripts are Vite's, not a build's).
 */
function pageScriptHashes(html: string, known: readonly string[] | null): string[] {
  if (known) return onDemandScriptHashes(html, known);
  if (import.meta.env.DEV)
    return [...ISLAND_RUNTIME, ...[...html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => hashOf(m[1]))];
  return onDemandScriptHashes(html, ISLAND_RUNTIME);
}

/**
 * The response with the security headers of src/security/headers.ts; an HTML page gets a CSP
 * allowing the build's own inline scripts (the body is read to find its server-island loaders;
 * pages are small). Every response here is on-demand (per request, often per user), so a cache
 * must not keep it: `Cache-Control: no-store` unless the route chose otherwise. Headers the route
 * set itself are kept. A response whose headers are frozen (a redirect) is copied.
 */
export async function withSecurityHeaders(
  response: Response,
  known: readonly string[] | null = import.meta.env.DEV ? null : knownScriptHashes(),
): Promise<Response> {
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  const body = isHtml && response.body ? await response.text() : undefined;
  const headers: Record<string, string> = {
    ...BASE_SECURITY_HEADERS,
    'content-security-policy': contentSecurityPolicy(isHtml ? pageScriptHashes(body ?? '', known) : []),
    'cache-control': 'no-store',
  };
  let out = body !== undefined ? new Response(body, response) : response;
  try {
    for (const [k, v] of Object.entries(headers)) if (!out.headers.has(k)) out.headers.set(k, v);
  } catch {
    out = new Response(body ?? response.body, response);
    for (const [k, v] of Object.entries(headers)) if (!out.headers.has(k)) out.headers.set(k, v);
  }
  return out;
}
