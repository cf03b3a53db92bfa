import { beforeAll, describe, expect, inject, test } from 'vitest';
import postgres from 'postgres';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { expectNoSidewaysScroll } from './helpers/layout';

const cookies = { agent: '', supervisor: '' };
let myService = 0;
/** The ids of the service "Suporte Técnico" and of the built-in profile User (the supervisor may give both). */
let support = 0;
let userProfile = 0;

beforeAll(async () => {
  cookies.agent = await signInCookie('agent@demo.local');
  cookies.supervisor = await signInCookie('supervisor@demo.local');
  const ids = await (await call('/api/bulk/user-import/ids.csv?lang=en', { cookie: cookies.supervisor })).text();
  myService = Number(
    ids
      .split('\r\n')
      .find((l) => l.startsWith('service,'))!
      .split(',')[1],
  );
  const idOf = (kind: string, name: string) =>
    Number(
      ids
        .split('\r\n')
        .find((l) => l.startsWith(`${kind},`) && l.split(',')[2] === name)!
        .split(',')[1],
    );
  support = idOf('service', 'Suporte Técnico');
  userProfile = idOf('profile', 'User');
});

const csvBody = (text: string) => ({ method: 'POST', headers: { 'content-type': 'text/csv' }, body: text });

describe('user import endpoints', () => {
  test('answer 401 when signed out and 403 without manage:user-import', async () => {
    for (const [path, init] of [
      ['/api/bulk/user-import/preview', csvBody('a')],
      ['/api/bulk/user-import/confirm', csvBody('a')],
      ['/api/bulk/user-import/template.csv', {}],
      ['/api/bulk/user-import/ids.csv', {}],
    ] as const) {
      expect((await call(path, init)).status).toBe(401);
      expect((await call(path, { ...init, cookie: cookies.agent })).status).toBe(403);
    }
  });

  test('serve the templates with headers in each language', async () => {
    const raw = async (lang: string) =>
      Buffer.from(await (await call(`/api/bulk/user-import/template.csv?lang=${lang}`, { cookie: cookies.supervisor })).arrayBuffer()).toString('utf8');
    const pt = await raw('pt-BR');
    const en = await raw('en');
    // The header, then one example row: the supervisor's first service and the default profile by
    // name, an e-mail at example.invalid that the import refuses until the row is replaced.
    expect(pt).toMatch(
      /^\uFEFFnome;e-mail;telefone;senha;serviço;perfil;max_attend\r\nExemplo - apague esta linha;maria\.exemplo@example\.invalid;11987654321;Troque-esta-senha-1;[^;]+;Usuário;2\r\n$/,
    );
    expect(en).toMatch(
      /^\uFEFFname,e-mail,phone,password,service,profile,max_attend\r\nExample - delete this row,mary\.example@example\.invalid,11987654321,Change-this-password-1,[^,]+,User,2\r\n$/,
    );
    const asIs = await (await call('/api/bulk/user-import/preview?lang=en', { ...csvBody(en), cookie: cookies.supervisor })).json();
    expect(asIs).toMatchObject({ rows: 1, valid: 0, problemCount: 1, canImport: false });
    expect(asIs.problems[0].message).toMatch(/^This is the template's example row/);
  });

  test('refuse a spreadsheet that is not CSV, and an oversized upload, with a clear message', async () => {
    const xlsx = await call('/api/bulk/user-import/preview?lang=en', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: Buffer.from('PK\x03\x04\x14\x00', 'latin1'),
      cookie: cookies.supervisor,
    });
    expect(xlsx.status).toBe(415);
    expect((await xlsx.json()).error).toMatch(/Excel workbook/);
    const big = await call('/api/bulk/user-import/preview', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: Buffer.alloc(21 * 1024 * 1024, 0x41),
      cookie: cookies.supervisor,
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/20 MB/);
  });

  test('neutralizes formulas in the problem report', async () => {
    const file = 'name,email,phone,password,=HYPERLINK("http://evil.example")\n@SUM(1),bad,1,x,y\n';
    const res = await call('/api/bulk/user-import/preview?lang=en&format=csv', { ...csvBody(file), cookie: cookies.supervisor });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    const cells = parse(text, { bom: true, relax_column_count: true }) as string[][];
    expect(cells[0]).toEqual(['line', 'column', 'problem']);
    expect(cells.some((r) => r[1] === `'=HYPERLINK("http://evil.example")`)).toBe(true);
    expect(cells.some((r) => r[2] === 'Invalid e-mail ("bad"). Use the form name@company.com.')).toBe(true);
    expect(cells.flat().every((c) => !/^[=+\-@\t\r]/.test(c))).toBe(true);
  });

  test('lets a supervisor read the progress of their import and keeps others out', async () => {
    const rows = `name;email;phone;password;service\nPedro Álvares;pedro.alvares@empresa.com.br;11987650001;Cabral1500x;${myService}\n`;
    const res = await call('/api/bulk/user-import/confirm?lang=en', { ...csvBody(rows), cookie: cookies.supervisor });
    expect(res.status).toBe(202);
    const { requestId } = await res.json();
    expect((await call(`/api/bulk/${requestId}`, { cookie: cookies.agent })).status).toBe(403);
    let status: { state: string } = { state: '' };
    for (let i = 0; i < 100 && status.state !== 'done'; i++) {
      status = await (await call(`/api/bulk/${requestId}?lang=en`, { cookie: cookies.supervisor })).json();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toMatchObject({ state: 'done', total: 1, processed: 1, failed: 0 });
    const events = await (await call(`/api/bulk/${requestId}/events`, { cookie: cookies.supervisor })).text();
    expect(events).toContain('event: end');
    expect(events).toContain('"state":"done"');
  });
});

describe('user import in the browser', () => {
  const b = useBrowser();

  async function signIn(page: Page, lang: 'pt-BR' | 'en') {
    await page.goto(lang === 'en' ? '/en/login/' : '/login/');
    await page.fill('input[name=email]', 'supervisor@demo.local');
    await page.fill('input[name=password]', 'Omni-demo-2026');
    await page.click('form button[type=submit]');
    await page.waitForURL((u) => !u.pathname.includes('login'));
  }

  const upload = (page: Page, name: string, bytes: Buffer) => page.setInputFiles('.bulk-form input[type=file]', { name, mimeType: 'text/csv', buffer: bytes });

  for (const lang of ['pt-BR', 'en'] as const) {
    test(`imports a Latin-1 semicolon file after fixing the rows the preview flags (${lang})`, async () => {
      const page = await b.newPage();
      await signIn(page, lang);
      await page.goto(lang === 'en' ? '/en/bulk/import-users-csv/' : '/bulk/import-users-csv/');
      // The form is a Preact island inside a server island: a file set before it hydrates is lost.
      await page.locator('astro-island:not([ssr]) .bulk-form input[type=file]').first().waitFor();
      const tag = lang === 'en' ? 'en' : 'pt';
      const header = 'nome;e-mail;telefone;senha;serviço;perfil;max_attend';
      const good = (i: number) => `João Conceição ${tag}${i};joao.${tag}${i}@empresa.com.br;1198765${tag === 'en' ? 1 : 2}00${i};Atende-${i}x;${myService};;2`;
      const broken = [
        header,
        good(1),
        `Maria Açaí ${tag};maria-sem-arroba;11987654321;Atende-9x;${myService};;1`,
        `Zé Gonçalves ${tag};ze.${tag}@empresa.com.br;11987654322;abc;${myService};;1`,
      ].join('\r\n');
      await upload(page, 'turma.csv', iconv.encode(broken, 'win1252'));
      await page.click('.bulk-form button[type=submit]');
      await page.waitForSelector('.bulk-problems');
      const lines = await page.locator('.bulk-problems tbody tr td:first-child').allTextContents();
      expect(lines).toEqual(['3', '4']);
      const messages = await page.locator('.bulk-problems tbody').textContent();
      expect(messages).toContain(lang === 'en' ? 'Invalid e-mail ("maria-sem-arroba")' : 'E-mail inválido ("maria-sem-arroba")');
      expect(messages).toContain(lang === 'en' ? 'Weak password' : 'Senha fraca');
      expect(await page.locator('.bulk-confirm').count()).toBe(0);
      await shot(page, `import-preview-errors-${lang}`);
      await page
        .locator('.bulk-gate')
        .first()
        .screenshot({ path: `screenshots/import-preview-errors-${lang}-form.png` });
      await expectNoSidewaysScroll(page, `the import preview (${lang})`);
      await shot(page, `import-preview-errors-${lang}-390`);
      await page.setViewportSize({ width: 1280, height: 900 });

      const fixed = [header, good(1), good(2), good(3)].join('\r\n');
      await upload(page, 'turma-corrigida.csv', iconv.encode(fixed, 'win1252'));
      await page.click('.bulk-form button[type=submit]');
      await page.waitForSelector('.bulk-confirm');
      expect(await page.locator('[data-testid=valid]').textContent()).toBe('3');
      await page.click('.bulk-confirm');
      await page.waitForSelector('.bulk-progress[data-state=done]', { timeout: 30_000 });
      // The summary lists the users created, as the article promises: name, e-mail, profile (in the page's language), service with a link.
      await page.waitForSelector('.bulk-created tbody tr');
      const created = await page.locator('.bulk-created tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
      const serviceName = (await page.locator('.bulk-created tbody tr td:nth-child(4)').first().textContent())!;
      expect(created).toEqual(
        [1, 2, 3].map((i) => [`João Conceição ${tag}${i}`, `joao.${tag}${i}@empresa.com.br`, lang === 'en' ? 'User' : 'Usuário', serviceName]),
      );
      expect(await page.locator('.bulk-created tbody a').first().getAttribute('href')).toBe(`${lang === 'en' ? '/en' : ''}/bulk/migrate/?service=${myService}`);
      expect(await page.locator('.bulk-summary-counts').textContent()).toBe(
        lang === 'en' ? '3 users created, 0 not created.' : '3 usuários criados, 0 não criado.',
      );
      expect(await page.getByRole('link', { name: lang === 'en' ? 'Bulk history' : 'Histórico de ações em lote' }).count()).toBe(1);
      await shot(page, `import-done-${lang}`);
      await page
        .locator('.bulk-gate')
        .first()
        .screenshot({ path: `screenshots/import-done-${lang}-form.png` });
      await expectNoSidewaysScroll(page, `the import summary (${lang})`);
      await shot(page, `import-summary-${lang}-390`);
      // "New import" starts over on an empty form.
      await page.getByRole('button', { name: lang === 'en' ? 'New import' : 'Nova importação' }).click();
      // The form is a Preact island inside a server island: a file set before it hydrates is lost.
      await page.locator('astro-island:not([ssr]) .bulk-form input[type=file]').first().waitFor();
      expect(await page.locator('.bulk-summary').count()).toBe(0);
      await page.close();

      const list = await (
        await call(`/api/bulk/user-migration/users?serviceId=${myService}&q=${encodeURIComponent(`Conceição ${tag}`)}&lang=${lang}`, {
          cookie: cookies.supervisor,
        })
      ).json();
      expect(list.users.map((u: { email: string; name: string }) => `${u.name}|${u.email}`).sort()).toEqual(
        [1, 2, 3].map((i) => `João Conceição ${tag}${i}|joao.${tag}${i}@empresa.com.br`),
      );
    });
  }

  test('imports by service and profile names, accents and case aside; the preview says what it understood, the request page what it created (pt-BR)', async () => {
    const page = await b.newPage();
    await signIn(page, 'pt-BR');
    await page.goto('/bulk/import-users-csv/');
    await page.locator('astro-island:not([ssr]) .bulk-form input[type=file]').first().waitFor();
    const file = [
      'nome;e-mail;telefone;senha;serviço;perfil;max_attend',
      'Lúcia Nomes;lucia.nomes@empresa.com.br;11987651001;Atende-1x;SUPORTE TECNICO;usuario;1',
      'Íris Nomes;iris.nomes@empresa.com.br;11987651002;Atende-2x;suporte  técnico;USUÁRIO;1',
    ].join('\r\n');
    await upload(page, 'por-nome.csv', iconv.encode(file, 'win1252'));
    await page.click('.bulk-form button[type=submit]');
    await page.waitForSelector('.bulk-confirm');
    expect(await page.locator('[data-testid=problems]').textContent()).toBe('0');
    expect(await page.locator('[data-understood] li').allTextContents()).toEqual([
      `"SUPORTE TECNICO" → serviço ${support} (Suporte Técnico)`,
      `"suporte  técnico" → serviço ${support} (Suporte Técnico)`,
      `"usuario" → perfil ${userProfile} (Usuário)`,
      `"USUÁRIO" → perfil ${userProfile} (Usuário)`,
    ]);
    await shot(page, 'import-by-name-preview-pt-BR');
    await expectNoSidewaysScroll(page, 'the import preview by names');
    await shot(page, 'import-by-name-preview-pt-BR-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('.bulk-confirm');
    await page.waitForSelector('.bulk-created tbody tr', { timeout: 30_000 });
    const created = await page.locator('.bulk-created tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(created).toEqual([
      ['Lúcia Nomes', 'lucia.nomes@empresa.com.br', 'Usuário', 'Suporte Técnico'],
      ['Íris Nomes', 'iris.nomes@empresa.com.br', 'Usuário', 'Suporte Técnico'],
    ]);
    // The request's page lists what the import created, with the article of imports.
    await page.getByRole('link', { name: 'Abrir a página da solicitação (o que foi feito, item a item)' }).click();
    const items = page.locator('[data-request-items] tbody tr');
    await items.first().waitFor();
    expect(await items.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()))).toEqual([
      'Lúcia Nomes lucia.nomes@empresa.com.br Criado Em Suporte Técnico, perfil Usuário',
      'Íris Nomes iris.nomes@empresa.com.br Criado Em Suporte Técnico, perfil Usuário',
    ]);
    expect(await page.locator('[data-kind-article]').getAttribute('href')).toBe('/bulk/import-users-csv/');
    await shot(page, 'request-import-pt-BR');
    await expectNoSidewaysScroll(page, 'the import request page');
    await shot(page, 'request-import-pt-BR-390');
    await page.close();
  });

  // Two services whose names differ only by accents and case: a database the test can write to is
  // needed to make one (no screen creates services), so this runs when the server is on PostgreSQL.
  test.runIf(inject('databaseUrl'))('refuses a name that fits two services, listing the candidates, and imports nothing (en)', async () => {
    const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
    const [twin] = await sql<{ id: number }[]>`insert into services (name) values ('SUPORTE TECNICO') returning id`;
    await sql`insert into service_managers (user_id, service_id) select id, ${twin.id} from users where email = 'supervisor@demo.local'`;
    try {
      const page = await b.newPage();
      await signIn(page, 'en');
      await page.goto('/en/bulk/import-users-csv/');
      await page.locator('astro-island:not([ssr]) .bulk-form input[type=file]').first().waitFor();
      await upload(
        page,
        'ambiguous.csv',
        Buffer.from('name,email,phone,password,service\nAna Dúbia,ana.dubia@empresa.com.br,11987651003,Atende-3x,suporte técnico\n'),
      );
      await page.click('.bulk-form button[type=submit]');
      await page.waitForSelector('.bulk-problems');
      expect(await page.locator('.bulk-problems tbody').innerText()).toContain(
        `More than one service is called "suporte técnico": ${support} (Suporte Técnico), ${twin.id} (SUPORTE TECNICO). Use the id of the one you mean.`,
      );
      expect(await page.locator('.bulk-confirm').count()).toBe(0);
      await shot(page, 'import-ambiguous-en');
      await page.close();
    } finally {
      await sql`delete from service_managers where service_id = ${twin.id}`;
      await sql`delete from services where id = ${twin.id}`;
      await sql.end();
    }
  });

  test('the ids export names built-in profiles in the caller’s language', async () => {
    const pt = Buffer.from(await (await call('/api/bulk/user-import/ids.csv?lang=pt-BR', { cookie: cookies.supervisor })).arrayBuffer()).toString('utf8');
    const en = Buffer.from(await (await call('/api/bulk/user-import/ids.csv?lang=en', { cookie: cookies.supervisor })).arrayBuffer()).toString('utf8');
    expect(pt).toMatch(/^perfil;\d+;Usuário;sim\r$/m);
    expect(pt).not.toMatch(/;User;/);
    expect(en).toMatch(/^profile,\d+,User,yes\r$/m);
  });

  test('after an import, the licenses on the summary are the ones the license-count check shows', async () => {
    const admin = await signInCookie('admin@demo.local');
    const before = await (
      await call('/api/checks/license-count?lang=pt-BR', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', cookie: admin })
    ).json();
    const page = await b.newPage();
    await page.context().addCookies([{ name: 'omni_session', value: admin.split('=')[1], url: b.baseURL() }]);
    await page.goto('/bulk/import/');
    await page.waitForSelector('astro-island:not([ssr]) .bulk-form input[type=file]');
    const N = 4;
    const rows = Array.from({ length: N }, (_, i) => `Licença Teste ${i};licenca.${i}@empresa.com.br;1198700${1000 + i};Licenca-${i}x;${myService};;1`);
    await upload(page, 'licencas.csv', Buffer.from(['nome;e-mail;telefone;senha;serviço;perfil;max_attend', ...rows].join('\r\n'), 'utf8'));
    await page.click('.bulk-form button[type=submit]');
    await page.waitForSelector('.bulk-confirm');
    const freeBefore = Number(await page.locator('[data-testid=seats-free]').textContent());
    await page.click('.bulk-confirm');
    const seats = page.locator('.bulk-seats');
    await seats.waitFor({ timeout: 30_000 });
    expect(await page.locator('.bulk-created tbody tr').count()).toBe(N);
    const shown = {
      used: Number(await seats.getAttribute('data-used')),
      contracted: Number(await seats.getAttribute('data-contracted')),
      free: Number(await seats.getAttribute('data-free')),
    };
    const fmt = (n: number) => n.toLocaleString('pt-BR');
    expect(await seats.textContent()).toContain(`Licenças: ${fmt(shown.used)} de ${fmt(shown.contracted)} em uso, ${fmt(shown.free)} livres.`);
    // Imported users are in no group yet: they take no license, as the article says.
    expect(shown.free).toBe(freeBefore);
    await page.close();
    // The check, run now (POST) and read back from its history (GET), counts the same.
    const run = await (
      await call('/api/checks/license-count?lang=pt-BR', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', cookie: admin })
    ).json();
    const inUse = (summary: string) =>
      /^([\d.]+) de ([\d.]+) licenças em uso/
        .exec(summary)!
        .slice(1)
        .map((n) => Number(n.replace(/\./g, '')));
    expect(inUse(run.summary['pt-BR'] ?? run.summary)).toEqual([shown.used, shown.contracted]);
    expect(inUse(before.summary['pt-BR'] ?? before.summary)).toEqual([shown.used, shown.contracted]);
    const history = await (await call('/api/checks/license-count?limit=1', { cookie: admin })).json();
    const last = history.runs?.[0] ?? history[0];
    expect(JSON.stringify(last)).toContain(`${fmt(shown.used)} de ${fmt(shown.contracted)} licenças em uso`);
  });

  test('shows signed-out readers what the form does and a sign-in link, and agents a note', async () => {
    const page = await b.newPage();
    await page.goto('/en/bulk/import-users-csv/');
    await page.waitForSelector('.bulk-signed-out');
    expect(await page.locator('.bulk-signed-out a').getAttribute('href')).toBe('/en/login/?next=%2Fen%2Fbulk%2Fimport-users-csv%2F');
    expect(await page.locator('.bulk-form').count()).toBe(0);
    const html = await (await call('/bulk/import-users-csv/')).text();
    // The form's markup never reaches the static page (its stylesheet may: it names the class, not the form).
    expect(html).not.toMatch(/class="[^"]*\bbulk-form\b/);
    expect(html).not.toContain('type="file"');
    await page.close();
    const agentPage = await b.newPage();
    await agentPage.context().addCookies([{ name: 'omni_session', value: cookies.agent.split('=')[1], url: b.baseURL() }]);
    expect((await agentPage.goto('/bulk/import/'))?.status()).toBe(403);
    expect(await agentPage.locator('[data-forbidden]').textContent()).toContain('falta a permissão');
    await agentPage.close();
  });
});
