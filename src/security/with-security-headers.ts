import { securityHeaders } from './headers';

/**
 * The response with the security headers of src/security/headers.ts; an HTML page gets a CSP with
 * the hashes of its own inline scripts (the body is read for that; pages are small). Headers the
 * route set itself are kept. A response whose headers are frozen (a redirect) is copied.
 */
export async function withSecurityHeaders(response: Response): Promise<Response> {
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  const body = isHtml && response.body ? await response.text() : undefined;
  const headers = securityHeaders(body ?? (isHtml ? '' : undefined));
  let out = body !== undefined ? new Response(body, response) : response;
  try {
    for (const [k, v] of Object.entries(headers)) if (!out.headers.has(k)) out.headers.set(k, v);
  } catch {
    out = new Response(body ?? response.body, response);
    for (const [k, v] of Object.entries(headers)) if (!out.headers.has(k)) out.headers.set(k, v);
  }
  return out;
}
