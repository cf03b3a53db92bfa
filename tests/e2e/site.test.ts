import { describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { openSearch, searchFor } from './helpers/search-dialog';

const b = useBrowser();

describe('home page', () => {
  test('is in pt-BR at / and routes each kind of user', async () => {
    const page = await b.newPage();
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    for (const role of ['Sou agente de atendimento', 'Sou administrador', 'Sou supervisor']) {
      await expect.poll(() => page.getByText(role).count()).toBe(1);
    }
    await shot(page, 'home-pt-BR');
    await page.close();
  });

  test('is in English at /en/', async () => {
    const page = await b.newPage();
    await page.goto('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByText('I am a supervisor').count()).toBe(1);
    await shot(page, 'home-en');
    await page.close();
  });
});

describe('language switch', () => {
  test('keeps the reader on the same article', async () => {
    const page = await b.newPage();
    await page.goto('/email/emails-not-arriving/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await page.waitForURL('**/en/email/emails-not-arriving/');
    expect(await page.locator('h1').first().textContent()).toContain('E-mails are not arriving');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'Português' });
    await page.waitForURL((u) => u.pathname === '/email/emails-not-arriving/');
    await page.close();
  });

  test('every article names its other-language version with hreflang', async () => {
    const page = await b.newPage();
    await page.goto('/chat/queue-ignores-hours/');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates).toContain('pt-BR /chat/queue-ignores-hours/');
    expect(alternates).toContain('en /en/chat/queue-ignores-hours/');
    await page.close();
  });
});

describe('search', () => {
  async function searchFromUi(path: string, query: string) {
    const page = await b.newPage();
    await page.goto(path);
    await openSearch(page);
    const results = await searchFor(page, query);
    return { page, hrefs: results.map((r) => r.path) };
  }

  test('finds a pt-BR article typed without accents', async () => {
    const { page, hrefs } = await searchFromUi('/', 'licenca');
    expect(hrefs.slice(0, 3)).toContain('/licenses/no-licenses-available/');
    expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
    await shot(page, 'search-pt-BR');
    await page.close();
  });

  test('finds an English article from a symptom phrase', async () => {
    const { page, hrefs } = await searchFromUi('/en/', 'reply stuck pending');
    expect(hrefs.slice(0, 3)).toContain('/en/email/emails-not-arriving/');
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
    await shot(page, 'search-en');
    await page.close();
  });
});

describe('404 page', () => {
  test('answers 404 in the language of the path', async () => {
    const page = await b.newPage();
    const pt = await page.goto('/nao-existe/');
    expect(pt?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    expect(await page.locator('h1').first().textContent()).toContain('Página não encontrada');
    const en = await page.goto('/en/does-not-exist/');
    expect(en?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').first().textContent()).toContain('Page not found');
    await shot(page, '404-en');
    await page.close();
  });
});

describe('articles', () => {
  const samples = ['email/emails-not-arriving', 'chat/operator-receives-no-chats', 'bulk/import-users-csv'];
  test.each(samples.flatMap((a) => [`/${a}/`, `/en/${a}/`]))('%s renders title, symptoms and steps', async (path) => {
    const page = await b.newPage();
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    expect(await page.locator('.omni-symptoms li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.sl-markdown-content h2').count()).toBeGreaterThanOrEqual(3);
    await shot(page, `article-${path.replace(/\//g, '_')}`);
    await page.close();
  });
});

describe('troubleshooting articles', () => {
  const cases = [
    {
      path: '/chat/operator-receives-no-chats/',
      triage: 'Todos os clientes da fila estão esperando',
      tell: 'o-que-dizer-ao-cliente',
      escalate: 'quando-escalar',
      copied: 'Copiado',
      source: 'Guia de solução de problemas do Omni',
    },
    {
      path: '/en/chat/operator-receives-no-chats/',
      triage: 'Is every customer in the queue waiting',
      tell: 'what-to-tell-the-customer',
      escalate: 'when-to-escalate',
      copied: 'Copied',
      source: 'Omni troubleshooting guide',
    },
  ];
  test.each(cases)(
    '$path shows the triage question first, indexed, then where each answer leads and what to say',
    async ({ path, triage, tell, escalate, copied, source }) => {
      const page = await b.newPage();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const meta = page.locator('.omni-article-meta > *');
      expect(await meta.nth(0).getAttribute('class')).toContain('omni-triage');
      expect(await meta.nth(0).innerText()).toContain(triage);
      // Right under the question: each answer, linked to a step heading that exists on the page.
      expect(await meta.nth(1).getAttribute('class')).toContain('omni-triage-map');
      const targets = await page.locator('.omni-triage-map a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(targets.length).toBeGreaterThanOrEqual(2);
      for (const id of targets) expect(await page.locator(`[id="${decodeURIComponent(id)}"]`).count()).toBe(1);
      // Then the lines for the call, each saying whom it is for, with a working copy button.
      expect(await meta.nth(2).getAttribute('class')).toContain('omni-tell');
      expect(await page.locator(`.omni-tell h2#${tell}`).count()).toBe(1);
      const line = page.locator('.omni-tell-line').first();
      expect(await line.locator('.omni-tell-for').innerText()).toMatch(/cliente final|colega interno|end customer|internal colleague/);
      const button = line.locator('button.omni-tell-copy');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => line.locator('.omni-tell-status').innerText()).toBe(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await line.locator('.omni-tell-text').innerText()).trim());
      expect(await page.locator(`.sl-markdown-content h2#${escalate}`).count()).toBe(1);
      // The sources close the article, outside the search index.
      expect(await page.locator('.omni-sources li').first().innerText()).toContain(source);
      expect(await page.locator('.omni-sources li li').first().innerText()).toContain('Chat - Operador disponível não recebe atendimentos');
      expect(await page.locator('.omni-sources').getAttribute('data-pagefind-ignore')).not.toBeNull();
      // The question and the lines for the call are part of what Pagefind indexed for the page.
      const said = (await line.locator('.omni-tell-text').innerText()).trim();
      await page.evaluate(`(async () => { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); })()`);
      const indexed = await page.evaluate(
        async ({ q, url }) => {
          type Result = { data(): Promise<{ url: string; content: string }> };
          const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: Result[] }> } }).pf;
          const { results } = await pf.search(q);
          const pages = await Promise.all(results.map((r) => r.data()));
          return pages.find((p) => p.url === url)?.content ?? '';
        },
        { q: triage, url: path },
      );
      expect(indexed).toContain(triage);
      expect(indexed).toContain(said.slice(0, 40));
      expect(indexed).not.toMatch(/Para o cliente final|For the end customer/);
      await page.close();
    },
  );
});
