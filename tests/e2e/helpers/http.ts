import { inject } from 'vitest';

export const DEMO_PASSWORD = 'Omni-demo-2026';

/** Signs in over the real HTTP API and returns the session cookie header. */
export async function signInCookie(email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${inject('baseURL')}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0];
}

/** A request to the built server with an optional session cookie. */
export function call(path: string, init: RequestInit & { cookie?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  return fetch(`${inject('baseURL')}${path}`, { ...init, headers });
}

/** Calls an Astro Action over HTTP as a browser would (`POST /_actions/<name>`). */
export function callAction(name: string, input: unknown, cookie?: string): Promise<Response> {
  return call(`/_actions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input), cookie });
}
