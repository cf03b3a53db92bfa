import { expect, inject } from 'vitest';
import { call, signInCookie } from './http';
import { SQL_TEXT, type Role } from './route-catalog';

/** One signed-in cookie per role, made once per test file. */
export async function roleCookies(): Promise<Record<Role, string>> {
  return {
    anonymous: '',
    agent: await signInCookie('agent@demo.local'),
    supervisor: await signInCookie('supervisor@demo.local'),
    admin: await signInCookie('admin@demo.local'),
  };
}

export interface Sent {
  method: string;
  path: string;
  body?: string;
  contentType?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  text: string;
  /** The JSON body, when it is JSON. */
  json: { error?: string; fields?: Record<string, string[]>; requestId?: string; [k: string]: unknown } | null;
}

/** Sends one request and reads the whole answer (bodies of event streams: the first chunk only). */
export async function send(r: Sent): Promise<Answer> {
  // A same-origin browser names its origin on every POST (Astro refuses form-like posts without it).
  const headers: Record<string, string> = { ...(r.method !== 'GET' ? { origin: inject('baseURL') } : {}), ...(r.headers ?? {}) };
  if (r.contentType) headers['content-type'] = r.contentType;
  const res = await call(r.path, {
    method: r.method,
    body: r.method === 'GET' ? undefined : r.body,
    headers,
    cookie: r.cookie || undefined,
    redirect: 'manual',
  });
  let text: string;
  if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    const reader = res.body!.getReader();
    const first = await reader.read();
    await reader.cancel();
    text = new TextDecoder().decode(first.value ?? new Uint8Array());
  } else {
    text = await res.text();
  }
  let json: Answer['json'] = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(text);
  return { status: res.status, text, json };
}

/**
 * What every answer to a hostile request must hold: no 5xx (but the 503 of a health report that
 * found a failing check, when `allow503`), and no trace of SQL.
 */
export function expectSafe(a: Answer, what: string, allow503 = false): void {
  if (!(allow503 && a.status === 503)) expect(a.status, `${what} answered ${a.status}: ${a.text.slice(0, 300)}`).toBeLessThan(500);
  expect(a.text, `${what} leaks SQL`).not.toMatch(SQL_TEXT);
}

/** Appends `lang=en` to a path's query string. */
export const withEn = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=en`;
