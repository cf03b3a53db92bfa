import { beforeAll, describe, expect, inject, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { freePort } from '../helpers/free-port';
import { call, signInCookie } from './helpers/http';
import { loopbackMailbox } from './helpers/loopback-mailbox';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * Issue 22, "honest statuses": a mailbox is tested when it is saved (the mailbox test on that
 * mailbox, against the real dovecot and smtp-server of the test run), so the list never keeps a
 * result of the settings before; a result older than the mailbox's settings is marked as such.
 */
const b = useBrowser();
let admin = '';
const NAME = 'Caixa testada ao salvar';

type Test = { status: string; findings: { status: string; record?: { kind: string; id: number } }[]; at: string } | null;
type Row = { id: number; name: string; updatedAt: string; lastTest: { status: string; at: string; stale?: boolean } | null };

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
});

const settings = (imapPort: number) => loopbackMailbox({ name: NAME, imapPort });
const send = (method: string, path: string, body: unknown) =>
  call(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), cookie: admin });
const rowOf = async (id: number): Promise<Row> => {
  const list = (await (await call('/api/admin/mailboxes', { cookie: admin })).json()).mailboxes as Row[];
  return list.find((m) => m.id === id)!;
};

describe('a mailbox saved is tested at once', () => {
  let id = 0;

  test('created with working servers: the answer carries an OK test, and the list shows it as the latest, current', async () => {
    const res = await send('POST', '/api/admin/mailboxes', settings(inject('mail').imapTlsPort));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { mailbox: { id: number }; test: Test };
    id = body.mailbox.id;
    expect(body.test?.status).toBe('ok');
    expect(body.test!.findings.every((f) => f.record?.kind === 'mailbox' && f.record.id === id)).toBe(true);
    expect((await rowOf(id)).lastTest).toMatchObject({ status: 'ok', stale: false, at: body.test!.at });
  });

  test('saved with a wrong IMAP port: the failure replaces the earlier OK at once, without "Test now"', async () => {
    const { imapPassword: _i, smtpPassword: _s, ...kept } = settings(await freePort());
    const res = await send('PUT', `/api/admin/mailboxes/${id}`, kept);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { test: Test };
    expect(body.test?.status).toBe('fail');
    expect((await rowOf(id)).lastTest).toMatchObject({ status: 'fail', stale: false, at: body.test!.at });
  });

  test('saved right again: OK again; the legacy POST /api/mailboxes tests on save too', async () => {
    const put = await send('PUT', `/api/admin/mailboxes/${id}`, settings(inject('mail').imapTlsPort));
    expect(((await put.json()) as { test: Test }).test?.status).toBe('ok');
    const legacy = await send('POST', '/api/mailboxes', { ...settings(inject('mail').imapTlsPort), id });
    expect(legacy.status).toBe(200);
    const body = (await legacy.json()) as { test: Test };
    expect(body.test?.status).toBe('ok');
    expect((await rowOf(id)).lastTest).toMatchObject({ status: 'ok', stale: false, at: body.test!.at });
  });

  test.each(['pt-BR', 'en'] as const)('a result older than the settings is marked as such on the list (%s)', async (lang) => {
    // Disabling changes the mailbox after its last test (updatedAt later): that test no longer speaks for it.
    expect((await send('POST', `/api/admin/mailboxes/${id}/active`, { active: false })).status).toBe(200);
    const row = await rowOf(id);
    expect(Date.parse(row.updatedAt)).toBeGreaterThan(Date.parse(row.lastTest!.at));
    expect(row.lastTest).toMatchObject({ status: 'ok', stale: true });

    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto(`${lang === 'en' ? '/en' : ''}/admin/mailboxes/`);
    const tr = await hydrated(page, `tr[data-mailbox="${id}"]`);
    const stale = tr.locator('[data-last-test] [data-stale]');
    expect(await stale.innerText()).toBe(lang === 'en' ? 'Result from before the current settings' : 'Resultado anterior às configurações atuais');
    await shot(page, `admin-mailbox-stale-${lang}`);
    // "Test now" brings a current result: the mark goes.
    await tr.locator('button[data-action="test"]').click();
    await page.locator(`tr[data-result-for="${id}"] .omni-result`).waitFor({ timeout: 30_000 });
    await tr.locator('[data-last-test]:not(:has([data-stale]))').waitFor();
    expect((await rowOf(id)).lastTest?.stale).toBe(false);
    await page.context().close();
    expect((await send('POST', `/api/admin/mailboxes/${id}/active`, { active: true })).status).toBe(200);
  });

  test('the screen shows the test run on save under the mailbox', async () => {
    const page = await signedInPage(b.newPage, 'admin@demo.local');
    await page.goto('/admin/mailboxes/');
    const tr = await hydrated(page, `tr[data-mailbox="${id}"]`);
    await tr.locator('button[data-action="edit"]').click();
    const form = page.locator('form[data-mailbox-form]');
    await form.locator('input[name="imapPort"]').fill(String(await freePort()));
    await form.locator('button[type="submit"]').click();
    await page.locator('.omni-notice', { hasText: `Caixa ${NAME} salva e testada` }).waitFor({ timeout: 30_000 });
    await page.locator(`tr[data-result-for="${id}"] .omni-result[data-status="fail"]`).waitFor();
    await page.locator(`tr[data-mailbox="${id}"] [data-last-test="fail"]`).waitFor();
    expect(await page.locator(`tr[data-mailbox="${id}"] [data-stale]`).count()).toBe(0);
    await shot(page, 'admin-mailbox-saved-tested-pt-BR');
    await page.context().close();
  });
});
