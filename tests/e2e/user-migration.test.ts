import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { expectNoSidewaysScroll } from './helpers/layout';

const cookies = { agent: '', supervisor: '', admin: '' };
let services: { id: number; name: string }[] = [];
let unmanaged = 0;

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const users = async (serviceId: number, q = '') =>
  (await (await call(`/api/bulk/user-migration/users?serviceId=${serviceId}&q=${encodeURIComponent(q)}&pageSize=200`, { cookie: cookies.admin })).json()) as {
    total: number;
    users: { id: number; email: string; kind: string; revertOn: string | null }[];
  };

beforeAll(async () => {
  for (const r of ['agent', 'supervisor', 'admin'] as const) cookies[r] = await signInCookie(`${r}@demo.local`);
  const ids = await (await call('/api/bulk/user-import/ids.csv?lang=en', { cookie: cookies.supervisor })).text();
  services = ids
    .split('\r\n')
    .filter((l) => l.startsWith('service,'))
    .map((l) => ({ id: Number(l.split(',')[1]), name: l.split(',')[2] }));
  const all = await (await call('/api/bulk/user-import/ids.csv?lang=en', { cookie: cookies.admin })).text();
  unmanaged = all
    .split('\r\n')
    .filter((l) => l.startsWith('service,'))
    .map((l) => Number(l.split(',')[1]))
    .find((id) => !services.some((s) => s.id === id))!;
});

describe('user migration endpoints', () => {
  test('answer 401 signed out, 403 without manage:user-migration, 403 on a service out of reach', async () => {
    for (const [path, init] of [
      [`/api/bulk/user-migration/users?serviceId=1`, {}],
      [`/api/bulk/user-migration/history?serviceId=1`, {}],
      ['/api/bulk/user-migration/preview', json({})],
      ['/api/bulk/user-migration/confirm', json({})],
    ] as const) {
      expect((await call(path, init)).status).toBe(401);
      expect((await call(path, { ...init, cookie: cookies.agent })).status).toBe(403);
    }
    const far = await call(`/api/bulk/user-migration/users?serviceId=${unmanaged}&lang=en`, { cookie: cookies.supervisor });
    expect(far.status).toBe(403);
    expect((await far.json()).error).toBe('This record belongs to a service you do not manage.');
  });

  test('answer 400 with a clear message for bad input', async () => {
    const same = await call('/api/bulk/user-migration/preview?lang=en', {
      ...json({ originServiceId: services[0].id, destinationServiceId: services[0].id, userIds: [1] }),
      cookie: cookies.supervisor,
    });
    expect(same.status).toBe(400);
    expect((await same.json()).error).toMatch(/same service/);
    const none = await call('/api/bulk/user-migration/preview?lang=en', {
      ...json({ originServiceId: services[0].id, destinationServiceId: services[1].id }),
      cookie: cookies.supervisor,
    });
    expect((await none.json()).error).toBe('Select at least one user.');
    const bad = await call('/api/bulk/user-migration/preview', { ...json({ originServiceId: 'x' }), cookie: cookies.supervisor });
    expect(bad.status).toBe(400);
  });

  test('lists a user ruled out at confirm in the failures CSV in the caller’s language, and refuses to cancel a finished request', async () => {
    const [origin, dest] = services;
    const mover = (await users(origin.id)).users.find((u) => u.email !== 'supervisor@demo.local')!;
    const res = await call('/api/bulk/user-migration/confirm', {
      ...json({ originServiceId: origin.id, destinationServiceId: dest.id, userIds: [mover.id, 99999999] }),
      cookie: cookies.supervisor,
    });
    expect(res.status).toBe(202);
    const { requestId } = await res.json();
    let st: { state: string; failures: { key: string; reason: string }[] } = { state: '', failures: [] };
    for (let i = 0; i < 100 && st.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      st = await (await call(`/api/bulk/${requestId}?lang=en`, { cookie: cookies.supervisor })).json();
    }
    expect(st).toMatchObject({ state: 'done', failures: [{ key: 'user:99999999', reason: 'User not found.' }] });
    expect((await users(dest.id)).users.some((u) => u.id === mover.id)).toBe(true);
    const csv = Buffer.from(await (await call(`/api/bulk/${requestId}/failures.csv?lang=pt-BR`, { cookie: cookies.supervisor })).arrayBuffer()).toString(
      'utf8',
    );
    expect(csv).toBe('\uFEFFitem;identificação;situação;motivo\r\nuser:99999999;99999999;ignorado;Usuário não encontrado.\r\n');
    const cancel = await call(`/api/bulk/${requestId}/cancel?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      cookie: cookies.supervisor,
    });
    expect(cancel.status).toBe(409);
    expect((await cancel.json()).error).toMatch(/only a waiting request can be cancelled/);
  });

  test('the test clock is admin-only', async () => {
    expect((await call('/api/test/clock', json({ to: new Date().toISOString() }))).status).toBe(401);
    expect((await call('/api/test/clock', { ...json({ to: new Date().toISOString() }), cookie: cookies.supervisor })).status).toBe(403);
  });
});

describe('user migration in the browser', () => {
  const b = useBrowser();

  async function signedInPage(): Promise<Page> {
    const page = await b.newPage();
    await page.context().addCookies([{ name: 'omni_session', value: cookies.supervisor.split('=')[1], url: b.baseURL() }]);
    return page;
  }

  test('a temporary migration chosen across pages returns users to their origin after a simulated midnight (pt-BR and en)', async () => {
    const [origin, dest] = services;
    const before = await users(origin.id);
    expect(before.total).toBeGreaterThan(2);
    const page = await signedInPage();
    // Ten a page, so "select all" has to reach users on pages not shown.
    await page.goto(`/bulk/migrate/?service=${origin.id}&pageSize=10`);
    await page.waitForSelector('.bulk-users tbody tr');
    expect(await page.locator('.bulk-users tbody tr').count()).toBe(10);
    expect(before.total).toBeGreaterThan(10);
    await page.click('.bulk-select-all');
    expect(await page.locator('[data-testid=selected]').textContent()).toContain(String(before.total));
    await page.selectOption('select[name=destination]', String(dest.id));
    await page.check('input[name=mode][value=temporary]');
    await page.click('.bulk-target button[type=submit]');
    await page.waitForSelector('[data-testid=will-move]');
    // Every selected user is accounted for: those who move, and those the grant policy keeps out
    // (a user holding permissions the supervisor lacks, such as an administrator of the service).
    const willMove = (await page.locator('[data-testid=will-move]').textContent()) ?? '';
    const m = /^(\d+) usuários serão migrados(?:; (\d+) com problema)?/.exec(willMove);
    expect(m, willMove).not.toBeNull();
    expect(Number(m![1]) + Number(m![2] ?? 0)).toBe(before.total);
    expect(Number(m![1])).toBeGreaterThan(10);
    await shot(page, 'migration-preview-pt-BR');
    await expectNoSidewaysScroll(page, 'the migration preview');
    await shot(page, 'migration-preview-pt-BR-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.bulk-gate').first().screenshot({ path: 'screenshots/migration-preview-pt-BR-form.png' });
    await page.click('.bulk-confirm');
    await page.waitForSelector('.bulk-progress[data-state=done]', { timeout: 30_000 });
    // Without a reload: the moved users left the list and the selection, the history shows them.
    const kept = Number(m![2] ?? 0);
    await page.waitForFunction((n) => document.querySelector('.bulk-select-all')?.textContent?.includes(`(${n} usuário`), kept);
    expect(await page.locator('[data-testid=selected]').textContent()).toBe('0 selecionados');
    expect(await page.locator('.bulk-users input[type=checkbox]:checked').count()).toBe(0);
    await page.waitForSelector('.bulk-history tbody tr');
    expect(await page.locator('.bulk-history').textContent()).toContain('migração temporária');
    expect(await page.locator('.bulk-summary-counts').textContent()).toMatch(/^\d+ usuários? migrados?, \d+ não migrados?\.$/);
    // The refresh button has a name and a tooltip a sighted person sees on focus.
    const refresh = page.getByRole('button', { name: 'Atualizar a lista e o histórico' });
    expect(await refresh.getAttribute('class')).toContain('omni-icon-button');
    await refresh.focus();
    expect(await page.getByRole('tooltip').isVisible()).toBe(true);
    expect(await page.getByRole('tooltip').textContent()).toBe('Atualizar a lista e o histórico');
    await shot(page, 'migration-done-pt-BR');
    await expectNoSidewaysScroll(page, 'the migration summary');
    await shot(page, 'migration-done-pt-BR-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.bulk-gate').first().screenshot({ path: 'screenshots/migration-done-pt-BR-form.png' });
    // The summary leads to the request's page (what was done, item by item).
    const requestHref = (await page.getByRole('link', { name: 'Abrir a página da solicitação (o que foi feito, item a item)' }).getAttribute('href'))!;
    const requestId = new URL(requestHref, 'http://x').searchParams.get('id')!;
    // The summary leads to the destination service, where the moved users now are, with a local return date.
    await page.getByRole('link', { name: `Ver o serviço de destino (${dest.name})` }).click();
    await page.waitForSelector('.bulk-users tbody tr');
    await page.close();

    const moved = before.users.map((u) => u.id);
    const inDest = await users(dest.id);
    const temp = inDest.users.filter((u) => moved.includes(u.id) && u.kind === 'temporary');
    expect(temp.length).toBeGreaterThan(0);
    const revertOn = temp[0].revertOn!;
    const [y, mo, d] = revertOn.split('-');
    const enDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${revertOn}T12:00:00Z`));
    expect(enDate).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);

    // The request's page says who moved, from and to where, and when each returns: the start of
    // the next day in the organization's zone (São Paulo), with its offset; the article of
    // migrations; pages of 25.
    const rq = await signedInPage();
    await rq.goto(requestHref);
    const meta = rq.locator('[data-bulk-request] > p').first();
    await meta.waitFor();
    expect(await meta.innerText()).toMatch(new RegExp(`^Migração de usuários · ${origin.name} → ${dest.name} · pedida por Supervisor Demo em `));
    expect(await rq.locator('[data-kind-article]').getAttribute('href')).toBe('/bulk/migrate-users/');
    const movedRow = rq.locator('[data-request-items] tbody tr[data-returns-at]').first();
    await movedRow.waitFor();
    const movedId = Number((await movedRow.getAttribute('data-item'))!.replace('user:', ''));
    const mover = inDest.users.find((u) => u.id === movedId)!;
    expect(mover.kind).toBe('temporary');
    const movedText = (await movedRow.innerText()).replace(/\s+/g, ' ');
    expect(movedText).toContain(mover.email);
    expect(movedText).toContain(`Migrado De ${origin.name} para ${dest.name} (temporária).`);
    expect(movedText).toMatch(new RegExp(`Volta para ${origin.name} em ${d}/${mo}/${y},? 00:00 \\(UTC−3\\)$`));
    expect(new Date((await movedRow.getAttribute('data-returns-at'))!).toISOString()).toBe(new Date(`${revertOn}T03:00:00Z`).toISOString());
    // Its items: every user "select all" took at confirm (other tests may add users to the origin meanwhile).
    const { total } = (await (await call(`/api/bulk/${requestId}`, { cookie: cookies.supervisor })).json()) as { total: number };
    const pageRows = await rq.locator('[data-request-items] tbody tr').count();
    expect(pageRows).toBe(Math.min(25, total));
    if (total > 25) {
      await rq.locator('[data-request-items] [data-next]').click();
      await rq.waitForFunction(() => document.querySelector('[data-request-items] nav span')?.textContent === 'Página 2');
      expect(await rq.locator('[data-request-items] tbody tr').count()).toBe(Math.min(25, total - 25));
      await rq.locator('[data-request-items] [data-prev]').click();
      await rq.waitForFunction(() => document.querySelector('[data-request-items] nav span')?.textContent === 'Página 1');
    }
    await shot(rq, 'request-migration-pt-BR');
    await expectNoSidewaysScroll(rq, 'the migration request page');
    await shot(rq, 'request-migration-pt-BR-390');
    // In English, with the same moment as English writes it.
    await rq.setViewportSize({ width: 1280, height: 900 });
    await rq.goto(`/en${requestHref}`);
    const enRow = rq.locator(`[data-request-items] tbody tr[data-item="user:${movedId}"]`);
    await enRow.waitFor();
    expect((await enRow.innerText()).replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `Moved From ${origin.name} to ${dest.name} \\(temporary\\)\\. Returns to ${origin.name} on ${Number(mo)}/${Number(d)}/${y.slice(2)}, 12:00\\sAM \\(UTC−3\\)$`,
      ),
    );
    await shot(rq, 'request-migration-en');
    // The history lists the migration under its destination too.
    await rq.goto('/bulk/history/');
    await rq.locator('select[name=service] option:nth-child(2)').waitFor({ state: 'attached' });
    await rq.selectOption('select[name=service]', String(dest.id));
    await rq.locator('form.omni-filters button[type=submit]').click();
    const listed = rq.locator(`tr[data-request="${requestId}"]`);
    await listed.waitFor();
    expect(await listed.locator('td').nth(3).innerText()).toBe(`${origin.name} → ${dest.name}`);
    expect(await listed.locator('td').nth(1).innerText()).toBe('Supervisor Demo');
    await shot(rq, 'history-destination-pt-BR');

    // pt-BR: the destination lists them as temporary, back on a dd/mm/yyyy date, never ISO.
    const pt = await signedInPage();
    await pt.goto(`/bulk/migrate/?service=${dest.id}&pageSize=200`);
    await pt.waitForSelector('.bulk-users tbody tr');
    const ptList = (await pt.locator('.bulk-users').textContent())!;
    expect(ptList).toContain(`temporário, volta em ${d}/${mo}/${y}`);
    expect(ptList).not.toContain(revertOn);
    await pt.close();

    // English page: the history shows the temporary migration.
    const en = await signedInPage();
    await en.goto(`/en/bulk/migrate/?service=${dest.id}`);
    await en.waitForSelector('.bulk-history tbody tr');
    expect(await en.locator('.bulk-history').textContent()).toContain('temporary migration');
    expect(await en.locator('.bulk-users').textContent()).toContain(`temporary, returns on ${enDate}`);
    expect(await en.locator('.bulk-users').textContent()).not.toContain(revertOn);
    await shot(en, 'migration-history-en');
    await en.locator('.bulk-gate').first().screenshot({ path: 'screenshots/migration-history-en-form.png' });

    // Simulated midnight in São Paulo (UTC-3): 00:00:30 of the revert date.
    const midnight = new Date(`${revertOn}T03:00:30Z`);
    const clock = await call('/api/test/clock', { ...json({ to: midnight.toISOString() }), cookie: cookies.admin });
    expect(clock.status).toBe(200);
    let back = 0;
    for (let i = 0; i < 100 && back < temp.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const now = await users(origin.id);
      back = temp.filter((t) => now.users.some((u) => u.id === t.id)).length;
    }
    expect(back).toBe(temp.length);
    expect((await users(dest.id)).users.some((u) => u.kind === 'temporary')).toBe(false);
    // Once returned, the request's page says so.
    await rq.goto(requestHref);
    const returnedRow = rq.locator(`[data-request-items] tbody tr[data-item="user:${movedId}"]`);
    await returnedRow.waitFor();
    expect(await returnedRow.innerText()).toContain(`Já voltou para ${origin.name}`);
    await rq.close();
    await en.reload();
    await en.waitForSelector('.bulk-history tbody tr');
    expect(await en.locator('.bulk-history').textContent()).toContain('automatic return');
    await shot(en, 'migration-returned-en');
    await en.locator('.bulk-gate').first().screenshot({ path: 'screenshots/migration-returned-en-form.png' });
    await en.close();
  });
});
