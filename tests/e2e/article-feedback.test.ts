import { beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * "Este artigo ajudou?" (issue 21, back to the author): `POST /api/articles/feedback` for signed-in
 * readers, one vote per article and user, bad input refused in the caller's language; the widget
 * under the article (a server island, never in the static HTML); the votes on the search insights page.
 */
const b = useBrowser();
let admin = '';
let agent = '';
let supervisor = '';
beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  agent = await signInCookie('agent@demo.local');
  supervisor = await signInCookie('supervisor@demo.local');
});

const vote = (body: unknown, cookie?: string, headers: Record<string, string> = {}) =>
  call('/api/articles/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    cookie,
  });
type Votes = { article: string; helpful: number; notHelpful: number; comments: { text: string; lang: string }[] };
const feedbackOf = async (article: string): Promise<Votes | undefined> => {
  const res = await call('/api/search/insights?limit=500', { cookie: admin });
  expect(res.status).toBe(200);
  return ((await res.json()) as { feedback: Votes[] }).feedback.find((f) => f.article === article);
};

describe('POST /api/articles/feedback', () => {
  const article = 'surveys/survey-not-sent';

  test('signed out is 401; every signed-in role votes; a flood from one account stays one vote, the last one', async () => {
    expect((await vote({ article, helpful: true })).status).toBe(401);
    for (let i = 0; i < 30; i++) expect((await vote({ article, helpful: i % 2 === 1 }, agent)).status).toBe(200);
    const last = await vote({ article, helpful: false, comment: 'Não diz onde ver a data de fim da campanha.' }, agent);
    expect(last.status).toBe(200);
    expect((await last.json()).vote).toMatchObject({ helpful: false, comment: 'Não diz onde ver a data de fim da campanha.' });
    expect((await vote({ article, helpful: true }, supervisor)).status).toBe(200);
    expect((await vote({ article, helpful: true }, admin)).status).toBe(200);
    const votes = await feedbackOf(article);
    expect(votes).toMatchObject({ helpful: 2, notHelpful: 1 });
    expect(votes!.comments.map((c) => c.text)).toEqual(['Não diz onde ver a data de fim da campanha.']);
  });

  test("bad input is a 4xx in the caller's language, and nothing is saved", async () => {
    const before = await feedbackOf(article);
    const cases: [unknown, string, RegExp][] = [
      [{ article: 'no/such-article', helpful: true }, 'pt-BR', /Artigo desconhecido: no\/such-article/],
      [{ article: 'no/such-article', helpful: true }, 'en', /Unknown article: no\/such-article/],
      [{ article, helpful: false, comment: '<img src=x onerror=alert(1)>' }, 'pt-BR', /sem marcações HTML/],
      [{ article, helpful: false, comment: '<b>bad</b>' }, 'en', /without HTML tags/],
      [{ article, helpful: false, comment: 'a\u0000b' }, 'pt-BR', /NUL/],
      [{ article, helpful: false, comment: 'x'.repeat(1001) }, 'en', /longer than 1000 characters/],
      [{ article, helpful: 'sim' }, 'pt-BR', /inválid/],
      [{ article: '../../etc/passwd', helpful: true }, 'en', /Unknown article/],
    ];
    for (const [body, lang, message] of cases) {
      const res = await vote(body, supervisor, { 'accept-language': lang === 'en' ? 'en' : 'pt-BR' });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(message);
    }
    // A body far over the limit is refused before it is read.
    expect((await vote({ article, helpful: true, comment: 'x'.repeat(20_000) }, supervisor)).status).toBe(413);
    expect(await feedbackOf(article)).toEqual(before);
    expect(await feedbackOf('no/such-article')).toBeUndefined();
  });

  test("the insights that list the votes stay the administrators'", async () => {
    expect((await call('/api/search/insights', { cookie: agent })).status).toBe(403);
    expect((await call('/api/search/insights', { cookie: supervisor })).status).toBe(403);
  });
});

describe.each(['pt-BR', 'en'] as const)('the widget under an article (%s)', (lang) => {
  const prefix = lang === 'en' ? '/en' : '';
  const article = 'performance/application-slow';
  const comment = lang === 'en' ? 'It does not say what to do when the database is slow.' : 'Não diz o que fazer quando o banco está lento.';

  test('is never in the static HTML; a signed-out reader gets a sign-in hint', async () => {
    const html = await (await call(`${prefix}/${article}/`)).text();
    expect(html).not.toContain('omni-feedback-form');
    expect(html).toContain('data-article-feedback="performance/application-slow"');
    const page = await b.newPage();
    await page.goto(`${prefix}/${article}/`);
    const hint = page.locator('[data-article-feedback] .omni-feedback-signin a');
    await hint.waitFor();
    expect(await hint.getAttribute('href')).toBe(`${prefix}/login/?next=${encodeURIComponent(`${prefix}/${article}/`)}`);
    expect(await page.locator('.omni-feedback-form').count()).toBe(0);
    await page.context().close();
  });

  test('a signed-in reader votes, comments, changes the vote; it is kept and reaches the insights page', async () => {
    const page = await signedInPage(b.newPage, 'agent@demo.local');
    await page.goto(`${prefix}/${article}/`);
    const form = await hydrated(page, '.omni-feedback-form');
    await form.locator('button[data-vote="yes"]').click();
    await form.locator('[data-vote-state="yes"]').waitFor();
    await form.locator('textarea').fill(comment);
    await form.locator('button[data-vote="no"]').click();
    await form.locator('[data-vote-state="no"]').waitFor();
    expect(await form.locator('button[data-vote="no"]').getAttribute('aria-pressed')).toBe('true');
    // HTML in the comment is refused in the page's language, and the vote stays as it was.
    await form.locator('textarea').fill('<script>x</script>');
    await form.locator('button[type="submit"]').click();
    await form.locator('[role="alert"]', { hasText: lang === 'en' ? 'without HTML tags' : 'sem marcações HTML' }).waitFor();
    await form.scrollIntoViewIfNeeded();
    await shot(page, `article-feedback-${lang}`);

    await page.reload();
    const again = await hydrated(page, '.omni-feedback-form');
    expect(await again.locator('button[data-vote="no"]').getAttribute('aria-pressed')).toBe('true');
    expect(await again.locator('textarea').inputValue()).toBe(comment);
    await page.context().close();

    const insights = await signedInPage(b.newPage, 'admin@demo.local');
    await insights.goto(`${prefix}/admin/search/`);
    const row = insights.locator(`table[data-list="feedback"] tr[data-article="${article}"]`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('td a').innerText()).toBe(lang === 'en' ? 'Omni is slow or does not load' : 'Omni lento ou não carrega');
    expect(Number(await row.locator('[data-not-helpful]').innerText())).toBeGreaterThanOrEqual(1);
    expect(await row.innerText()).toContain(comment);
    await insights.setViewportSize({ width: 390, height: 844 });
    await shot(insights, `article-feedback-insights-${lang}-390`);
    await insights.context().close();
  });
});
