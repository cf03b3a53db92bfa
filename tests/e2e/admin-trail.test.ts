import { beforeAll, describe, expect, test } from 'vitest';
import { shot, useBrowser } from './helpers/browser';
import { call, signInCookie } from './helpers/http';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

/**
 * Two attendance transfers of an expired attendance (each fails its one item): one by the
 * supervisor on a service it manages, one by the admin on a service it does not. The history shows
 * each caller its scope; a request's failures open from the history; the audit trail filters to
 * the bulk action.
 */
const b = useBrowser();
const cookies = { admin: '', supervisor: '' };
const requests = { mine: '', other: '' };
const protocols = { mine: '', other: '' };

async function serviceId(name: string): Promise<number> {
  const { options } = await (await call(`/api/pickers/service?q=${encodeURIComponent(name)}`, { cookie: cookies.admin })).json();
  return Number(options[0].id);
}

/** Transfers the last expired attendance of a service (it fails: expired attendances cannot move). */
async function transferExpired(cookie: string, service: number): Promise<{ id: string; protocol: string }> {
  const list = await (await call(`/api/bulk/attendance-transfer/attendances?serviceId=${service}&limit=200`, { cookie })).json();
  const expired = (list.attendances as { id: number; protocol: string; agentId: number; expired: boolean }[]).filter((a) => a.expired).at(-1)!;
  const { agents } = await (await call(`/api/bulk/attendance-transfer/agents?serviceId=${service}`, { cookie })).json();
  const target = (agents as { id: number }[]).find((a) => a.id !== expired.agentId)!;
  const res = await call('/api/bulk/attendance-transfer/confirm', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    cookie,
    body: JSON.stringify({ serviceId: service, targetAgentId: target.id, items: [{ attendanceId: expired.id, fromAgentId: expired.agentId }] }),
  });
  expect(res.status).toBe(200);
  const { requestId } = await res.json();
  for (let i = 0; i < 150; i++) {
    const s = await (await call(`/api/bulk/${requestId}`, { cookie })).json();
    if (s.state === 'done') return { id: requestId, protocol: expired.protocol };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`bulk request ${requestId} did not finish`);
}

beforeAll(async () => {
  cookies.admin = await signInCookie('admin@demo.local');
  cookies.supervisor = await signInCookie('supervisor@demo.local');
  const mine = await transferExpired(cookies.supervisor, await serviceId('Suporte Técnico'));
  const other = await transferExpired(cookies.admin, await serviceId('Vendas'));
  [requests.mine, protocols.mine, requests.other, protocols.other] = [mine.id, mine.protocol, other.id, other.protocol];
}, 120_000);

describe('the bulk history and the audit trail', () => {
  test('the history API ANDs the caller scope: a supervisor sees its services only, an admin every request', async () => {
    const sup = await (await call('/api/bulk/history?kind=attendance-transfer', { cookie: cookies.supervisor })).json();
    const supIds = sup.requests.map((r: { id: string }) => r.id);
    expect(supIds).toContain(requests.mine);
    expect(supIds).not.toContain(requests.other);
    const adm = await (await call('/api/bulk/history?kind=attendance-transfer', { cookie: cookies.admin })).json();
    expect(adm.requests.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([requests.mine, requests.other]));
    expect((await call(`/api/bulk/history?id=${requests.other}`, { cookie: cookies.supervisor }).then((r) => r.json())).requests).toEqual([]);
    expect((await call('/api/bulk/history', { cookie: await signInCookie('agent@demo.local') })).status).toBe(403);
    expect((await call('/api/bulk/history?kind=nope&lang=en', { cookie: cookies.admin })).status).toBe(400);
  });

  test.each(['pt-BR', 'en'] as const)(
    '%s: an admin finds the request in the history, opens its failures, and filters the audit trail to that action',
    async (lang) => {
      const prefix = lang === 'en' ? '/en' : '';
      const page = await signedInPage(b.newPage, 'admin@demo.local');
      await page.goto(`${prefix}/bulk/history/`);
      const form = await hydrated(page, '[data-bulk-history] form');
      await form.locator('select[name="kind"]').selectOption('attendance-transfer');
      await form.locator('select[name="state"]').selectOption('done');
      await form.locator('button[type="submit"]').click();
      const row = page.locator(`tr[data-request="${requests.other}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain(lang === 'en' ? 'Attendance transfer' : 'Transferência de atendimentos');
      expect(await row.innerText()).toContain('Vendas');
      expect(await row.locator('[data-failures-csv]').getAttribute('href')).toBe(`/api/bulk/${requests.other}/failures.csv?lang=${lang}`);
      await shot(page, `admin-bulk-history-${lang}`);
      await expectNoSidewaysScroll(page, `${prefix}/bulk/history/`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await row.locator('a[data-open]').click();
      await page.waitForURL(`**${prefix}/bulk/request/?id=${requests.other}`);
      const progress = page.locator('.bulk-progress[data-state="done"]');
      await progress.locator('.bulk-failures tbody tr').first().waitFor({ timeout: 30_000 });
      expect(await progress.locator('.bulk-failures tbody tr').allTextContents()).toEqual([
        expect.stringMatching(lang === 'en' ? /Expired attendance/ : /Atendimento expirado/),
      ]);
      await shot(page, `admin-bulk-request-${lang}`);
      const csv = await call(`/api/bulk/${requests.other}/failures.csv?lang=${lang}`, { cookie: cookies.admin });
      expect(csv.status).toBe(200);
      expect(await csv.text()).toContain(protocols.other);

      await page.goto(`${prefix}/admin/audit/`);
      const audit = await hydrated(page, '[data-audit] form');
      await audit.locator('select[name="action"] option[value="bulk.attendance-transfer"]').waitFor({ state: 'attached' });
      await audit.locator('select[name="action"]').selectOption('bulk.attendance-transfer');
      await audit.locator('button[type="submit"]').click();
      await page.waitForURL(/action=bulk\.attendance-transfer/);
      const record = page.locator('tr[data-action="bulk.attendance-transfer"]', { has: page.locator(`td[data-target="bulk-request:${requests.other}"]`) });
      await record.waitFor();
      // The target reads as the request of its kind in the page's language and links to its status page.
      const target = record.locator('td[data-target] a');
      expect(await target.innerText()).toBe(`${lang === 'en' ? 'Transfer request' : 'Solicitação de transferência'} ${requests.other.slice(0, 8)}`);
      expect(await target.getAttribute('href')).toBe(`${prefix}/bulk/request/?id=${requests.other}`);
      // The action and the outcome read in the page's language too (the job ran with one expired attendance failed).
      expect((await record.locator('td[title="bulk.attendance-transfer"]').innerText()).split('\n')[0]).toBe(
        lang === 'en' ? 'Attendance transfer run' : 'Transferência de atendimentos executada',
      );
      expect(await record.locator('[data-outcome="partial"]').innerText()).toBe(
        lang === 'en' ? 'Done, some items failed' : 'Concluída com falhas em parte dos itens',
      );
      expect(
        await page.locator('tr[data-audit-id]').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-action') === 'bulk.attendance-transfer')),
      ).toBe(true);
      // What the transfer changed: the agent the attendances went to, by name.
      expect(await record.locator('li[data-field="assignedTo"]').innerText()).toMatch(
        lang === 'en' ? /^Attendances given to: .+ <.+@.+>$/ : /^Atendimentos entregues a: .+ <.+@.+>$/,
      );
      await record.locator('summary').click();
      expect(await record.locator('pre').first().innerText()).toContain('targetAgentId');
      await shot(page, `admin-audit-${lang}`);
      await expectNoSidewaysScroll(page, `${prefix}/admin/audit/`);
      // The export carries the same filter, times in the organization's zone, formula-safe cells.
      const href = await page.locator('[data-csv]').getAttribute('href');
      expect(href).toContain('action=bulk.attendance-transfer');
      const bytes = Buffer.from(await (await call(href!, { cookie: cookies.admin })).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: spreadsheets keep the accents
      const text = bytes.subarray(3).toString('utf8');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe(
        lang === 'en'
          ? 'id,when,time zone,who,who (name),action,target,target (name),outcome,what changed,ip,inputs,details'
          : 'id;quando;fuso;quem;nome de quem;ação;alvo;nome do alvo;resultado;o que mudou;ip;entradas;detalhes',
      );
      expect(lines.slice(1).every((l) => l.includes('bulk.attendance-transfer'))).toBe(true);
      expect(text).toContain('America/Sao_Paulo');
      // Ids stay, names beside them: the admin's own name, the request named by its kind.
      expect(text).toContain('Administradora Demo <admin@demo.local>');
      expect(text).toContain(`${lang === 'en' ? 'Transfer request' : 'Solicitação de transferência'} ${requests.other.slice(0, 8)}`);
      await page.close();
    },
    180_000,
  );

  test('a supervisor sees only its services in the history page', async () => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto('/bulk/history/');
    await hydrated(page, `tr[data-request="${requests.mine}"]`);
    expect(await page.locator(`tr[data-request="${requests.other}"]`).count()).toBe(0);
    const services = await page.locator('tr[data-request]').evaluateAll((rows) => rows.map((r) => r.querySelector('td:nth-child(4)')?.textContent));
    expect(services.every((s) => s === 'Suporte Técnico' || s === 'Financeiro' || s === 'Toda a organização')).toBe(true);
    await shot(page, 'admin-bulk-history-supervisor');
    await page.close();
  }, 180_000);
});
