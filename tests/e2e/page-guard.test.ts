import { beforeAll, describe, expect, test } from 'vitest';
import { openPages, pageFiles, pagePath, signedInPages } from '../helpers/page-files';
import { call, signInCookie } from './helpers/http';

/**
 * The one page guard, on the built site: every restricted page, signed out, answers a 303 to the
 * sign-in page of its language that comes back to it; the demo agent, who holds none of their
 * permissions, gets the one refusal page (403) naming what it lacks, with a way back home.
 */
const restricted = pageFiles()
  .filter((f) => !openPages.includes(f) && !signedInPages.includes(f))
  .map(pagePath);
/** A well-formed escalation id nobody holds: its page answers like any record the viewer may not see. */
const NO_ESCALATION = 'aaaaaaaaaaaaaaaaaaaaaaaaaa';
const signedIn = signedInPages.map(pagePath).map((p) => p.replace('[id]', NO_ESCALATION));
let agent: string;
beforeAll(async () => {
  agent = await signInCookie('agent@demo.local');
});

describe('every restricted page', () => {
  test.each(restricted)('%s: signed out → sign-in with next; the agent → the refusal page', async (path) => {
    const anon = await call(path, { redirect: 'manual' });
    expect(anon.status).toBe(303);
    const login = path.startsWith('/en/') ? '/en/login/' : '/login/';
    expect(anon.headers.get('location')).toBe(`${login}?next=${encodeURIComponent(path)}`);
    const refused = await call(path, { cookie: agent, redirect: 'manual' });
    expect(refused.status).toBe(403);
    const html = await refused.text();
    expect(html).toContain('data-forbidden');
    expect(html).toContain('agent@demo.local');
    expect(html).toMatch(path.startsWith('/en/') ? /<a href="\/en\/">Back to the home page<\/a>/ : /<a href="\/">Voltar ao início<\/a>/);
    expect(html, 'permissions are named by their labels, never their ids').not.toMatch(/>[a-z]+:[a-z-]+</);
  });
});

describe('pages for any signed-in user', () => {
  test.each(signedIn)('%s: signed out → sign-in with next; the agent → the page (a record it may not see → 404)', async (path) => {
    const anon = await call(path, { redirect: 'manual' });
    expect(anon.status).toBe(303);
    const login = path.startsWith('/en/') ? '/en/login/' : '/login/';
    expect(anon.headers.get('location')).toBe(`${login}?next=${encodeURIComponent(path)}`);
    const seen = await call(path, { cookie: agent, redirect: 'manual' });
    expect(seen.status).toBe(path.includes(NO_ESCALATION) ? 404 : 200);
  });
});
