import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { hydrated, signedInPage } from './helpers/signed-in';
import { expectNoSidewaysScroll } from './helpers/layout';

const b = useBrowser();

const text = {
  'pt-BR': {
    path: '/bulk/transfer-attendances/',
    blocked: 'Expirado: não pode ser transferido',
    channels: ['Chat', 'E-mail', 'WhatsApp', 'Telefone'],
    preview: 'Transferir (prévia)',
    confirm: 'Confirmar a transferência',
    counts: '2 atendimentos transferidos, 0 não transferido.',
    report: 'Abrir a página da solicitação (o que foi feito, item a item)',
    history: 'Histórico de ações em lote',
    again: 'Nova transferência',
    nothing: /Nenhum dos atendimentos escolhidos pode ser transferido/,
    change: 'Mudar a escolha',
    sameAgent: 'O atendimento já está com o operador de destino.',
    prefix: '',
  },
  en: {
    path: '/en/bulk/transfer/',
    blocked: 'Expired: cannot be transferred',
    channels: ['Chat', 'E-mail', 'WhatsApp', 'Phone'],
    preview: 'Transfer (preview)',
    confirm: 'Confirm the transfer',
    counts: '2 attendances transferred, 0 not transferred.',
    report: 'Open the request’s page (what was done, item by item)',
    history: 'Bulk history',
    again: 'New transfer',
    nothing: /None of the chosen attendances can be transferred/,
    change: 'Change the choice',
    sameAgent: 'The attendance is already with the target operator.',
    prefix: '/en',
  },
} as const;

interface Listed {
  protocol: string;
  blocked: boolean;
  agent: string;
}

async function openService(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const form = await hydrated(page, '.omni-transfer');
  await form.locator('select[name=serviceId]').selectOption({ label: 'Suporte Técnico' });
  await form.locator('.omni-transfer-list tbody tr').first().waitFor();
  // The target picker is filled by its own request.
  await form.locator('select[name=targetAgentId] option:nth-child(2)').waitFor({ state: 'attached' });
  return form;
}

const listed = (form: Locator): Promise<Listed[]> =>
  form.locator('.omni-transfer-list tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      protocol: tr.getAttribute('data-protocol')!,
      blocked: tr.getAttribute('data-blocked') === 'true',
      agent: tr.children[3].textContent ?? '',
    })),
  );

const targetOptions = (form: Locator) =>
  form.locator('select[name=targetAgentId] option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));

describe('attendance transfer in the browser', () => {
  test.each(['pt-BR', 'en'] as const)('%s: expired rows cannot be ticked, channels read as words, the job ends on a summary that starts over', async (lang) => {
    const s = text[lang];
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    const form = await openService(page, s.path);
    const n = lang === 'en' ? 1 : 0;
    const all = await listed(form);
    // An expired attendance: its box is disabled and the reason shows beside it.
    const expired = all.filter((r) => r.blocked)[n];
    expect(expired).toBeTruthy();
    const expiredRow = form.locator(`tr[data-protocol="${expired.protocol}"]`);
    expect(await expiredRow.getByRole('checkbox').isDisabled()).toBe(true);
    expect(await expiredRow.textContent()).toContain(s.blocked);
    await form.getByRole('button', { name: /^(Selecionar a página|Select this page)$/ }).click();
    expect(await expiredRow.getByRole('checkbox').isChecked()).toBe(false);
    await form.getByRole('button', { name: /^(Limpar a seleção|Clear the selection)$/ }).click();
    // Channels are words of the page's language, never the stored ids.
    const channelCells = await form.locator('.omni-transfer-list tbody td:nth-child(5)').allTextContents();
    for (const c of channelCells) expect(s.channels).toContain(c);
    expect(await form.locator('select[name=channel] option').allTextContents()).toEqual([lang === 'en' ? 'All' : 'Todos', ...s.channels]);

    const fine = all.filter((r) => !r.blocked).slice(2 * n + 4, 2 * n + 6);
    expect(fine).toHaveLength(2);
    for (const r of fine) await form.getByRole('checkbox', { name: r.protocol, exact: true }).check();
    const holders = new Set(fine.map((r) => r.agent));
    const target = (await targetOptions(form)).find((o) => o.value !== '0' && ![...holders].some((h) => o.text.startsWith(h + ' —')))!;
    await form.locator('select[name=targetAgentId]').selectOption(target.value);
    expect(await form.locator('.bulk-capacity').count()).toBeLessThanOrEqual(1);
    await form.getByRole('button', { name: s.preview }).click();
    const preview = form.locator('.omni-transfer-preview');
    await preview.waitFor();
    expect(await form.locator('.bulk-capacity').count()).toBeLessThanOrEqual(1);
    await shot(page, `transfer-preview-${lang}-1280`);
    await expectNoSidewaysScroll(page, `the transfer preview (${lang})`);
    await shot(page, `transfer-preview-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await preview.getByRole('button', { name: s.confirm }).click();

    const summary = page.locator('.bulk-summary[data-state=done]');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.locator('.bulk-summary-counts').textContent()).toBe(s.counts);
    const report = summary.getByRole('link', { name: s.report });
    expect(await report.getAttribute('href')).toMatch(new RegExp(`^${s.prefix}/bulk/request/\\?id=[0-9a-f-]{36}$`));
    expect(await summary.getByRole('link', { name: s.history }).getAttribute('href')).toBe(`${s.prefix}/bulk/history/`);
    expect(await summary.locator('.bulk-failures').count()).toBe(0);
    await shot(page, `transfer-summary-${lang}-1280`);
    await expectNoSidewaysScroll(page, `the transfer summary (${lang})`);
    await shot(page, `transfer-summary-${lang}-390`);
    // The request's report opens on the same request.
    const reportHref = (await report.getAttribute('href'))!;
    // "New transfer" starts over: the list again, nothing ticked, the moved attendances under their new agent.
    const relisted = page.waitForResponse((r) => r.url().includes('/_actions/bulk.transfer.attendances'));
    await summary.getByRole('button', { name: s.again }).click();
    await relisted;
    await form.locator('.omni-transfer-list tbody tr').first().waitFor();
    expect(await form.locator('.omni-transfer-list input[type=checkbox]:checked').count()).toBe(0);
    expect(await form.locator('select[name=targetAgentId]').inputValue()).toBe('0');
    const targetName = target.text.split(' — ')[0];
    const after = await listed(form);
    for (const r of fine) {
      const row = after.find((a) => a.protocol === r.protocol);
      if (row) expect(row.agent).toBe(targetName);
    }
    const status = await signedInPage(b.newPage, 'supervisor@demo.local');
    const res = await status.goto(reportHref);
    expect(res?.status()).toBe(200);
    // The request's page says, attendance by attendance, from whom to whom it was transferred.
    const items = status.locator('[data-request-items] tbody tr');
    await items.first().waitFor();
    const texts = await items.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(texts).toEqual(
      expect.arrayContaining(
        fine.map((r) =>
          expect.stringMatching(
            new RegExp(`^${r.protocol} .+ ${lang === 'en' ? 'Transferred From' : 'Transferido De'} ${r.agent} ${lang === 'en' ? 'to' : 'para'} ${targetName}$`),
          ),
        ),
      ),
    );
    expect(await status.locator('[data-kind-article]').getAttribute('href')).toBe(`${s.prefix}/bulk/transfer-attendances/`);
    await shot(status, `request-transfer-${lang}`);
    await status.close();
    await page.close();

    // Read the attendances back from the database through the history report.
    const cookie = await signInCookie('supervisor@demo.local');
    for (const r of fine) {
      const h = await (await call(`/api/reports/interaction-history?protocol=${r.protocol}&lang=${lang}`, { cookie })).json();
      const moved = h.rows.filter((e: { type: string }) => e.type === 'transferred');
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatchObject({ to_agent: targetName, from_agent: r.agent, requested_by: 'Supervisor Demo' });
    }
  });

  test.each(['pt-BR', 'en'] as const)('%s: a preview that would move nothing offers no Confirm, says why and goes back to the choice', async (lang) => {
    const s = text[lang];
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    const form = await openService(page, s.path);
    const all = (await listed(form)).filter((r) => !r.blocked);
    const options = await targetOptions(form);
    // An attendance whose holder is in the target list, sent to that same holder: nothing can move.
    const pick = all.find((r) => options.some((o) => o.text.startsWith(r.agent + ' —')))!;
    const holder = options.find((o) => o.text.startsWith(pick.agent + ' —'))!;
    await form.getByRole('checkbox', { name: pick.protocol, exact: true }).check();
    await form.locator('select[name=targetAgentId]').selectOption(holder.value);
    await form.getByRole('button', { name: s.preview }).click();
    const preview = form.locator('.omni-transfer-preview');
    await preview.waitFor();
    expect(await preview.locator('.bulk-nothing').textContent()).toMatch(s.nothing);
    expect(await preview.textContent()).toContain(s.sameAgent);
    expect(await preview.getByRole('button', { name: s.confirm }).count()).toBe(0);
    await preview.getByRole('button', { name: s.change }).click();
    expect(await form.locator('.omni-transfer-preview').count()).toBe(0);
    // The choice is kept, ready to change.
    expect(await form.getByRole('checkbox', { name: pick.protocol, exact: true }).isChecked()).toBe(true);
    await page.close();
  });

  test.each(['pt-BR', 'en'] as const)('%s: one capacity warning at a time, the estimate before the preview and the exact figure after', async (lang) => {
    const s = text[lang];
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    const form = await openService(page, s.path);
    await form.getByRole('button', { name: /^(Selecionar todos os|Select all) \d+/ }).click();
    const target = (await targetOptions(form)).find((o) => o.value !== '0')!;
    await form.locator('select[name=targetAgentId]').selectOption(target.value);
    const warn = form.locator('.bulk-capacity');
    expect(await warn.count()).toBe(1);
    expect(await warn.textContent()).toMatch(lang === 'en' ? /may end up with up to/ : /pode ficar com até/);
    await form.getByRole('button', { name: s.preview }).click();
    await form.locator('.omni-transfer-preview').waitFor();
    expect(await warn.count()).toBe(1);
    const exact = (await warn.textContent())!;
    expect(exact).toMatch(lang === 'en' ? /will have \d+ attendances/ : /ficará com \d+ atendimentos/);
    const moving = Number(/^(\d+)/.exec((await form.locator('[data-testid=will-move]').textContent())!)![1]);
    const current = Number(/^(\d+)/.exec(target.text.split(' — ')[1])![1]);
    expect(exact).toContain(String(current + moving));
    await page.close();
  });

  test('pt-BR: "select all" leaves expired ones out; one moved by someone else meanwhile ends in the failures and their CSV', async () => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    const form = await openService(page, text['pt-BR'].path);
    const expired = (await listed(form)).find((r) => r.blocked)!;
    const agents = await form
      .locator('select[name=agentId] option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const holder = agents.find((o) => o.text === expired.agent)!;
    await form.locator('select[name=agentId]').selectOption(holder.value);
    await form.getByRole('button', { name: 'Filtrar' }).click();
    await page.waitForFunction(
      (a) => [...document.querySelectorAll('.omni-transfer-list tbody tr td:nth-child(4)')].every((td) => td.textContent === a),
      expired.agent,
    );
    const rows = await listed(form);
    const selectable = rows.filter((r) => !r.blocked);
    expect(selectable.length, 'the holder has attendances that can move').toBeGreaterThan(1);
    // "Select all" counts and takes only what can be ticked: the expired one stays out.
    await form.getByRole('button', { name: `Selecionar todos os ${selectable.length} do filtro` }).click();
    const targets = (await targetOptions(form)).filter((o) => o.value !== '0' && !o.text.startsWith(expired.agent + ' —'));
    const [target, elsewhere] = targets;
    await form.locator('select[name=targetAgentId]').selectOption(target!.value);
    await form.getByRole('button', { name: 'Transferir (prévia)' }).click();
    const preview = form.locator('.omni-transfer-preview');
    await preview.waitFor();
    expect(await preview.textContent()).not.toContain(expired.protocol);

    // Meanwhile another supervisor's transfer takes one of them (through the API, as a second screen would).
    const serviceId = Number(await form.locator('select[name=serviceId]').inputValue());
    const moved = await page.evaluate(
      async ({ serviceId, holder, elsewhere }) => {
        const json = (r: Response) => r.json() as Promise<Record<string, unknown>>;
        const post = (path: string, body: unknown) =>
          fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(json);
        const list = (await json(await fetch(`/api/bulk/attendance-transfer/attendances?serviceId=${serviceId}&agentId=${holder}`))) as {
          attendances: { id: number; protocol: string; expired: boolean }[];
        };
        const one = list.attendances.find((a) => !a.expired)!;
        await post('/api/bulk/attendance-transfer/preview', { filter: { serviceId, agentId: holder }, selection: { ids: [one.id] }, targetAgentId: elsewhere });
        const { requestId } = (await post('/api/bulk/attendance-transfer/confirm', {
          serviceId,
          targetAgentId: elsewhere,
          items: [{ attendanceId: one.id, fromAgentId: holder }],
        })) as { requestId: string };
        for (let i = 0; i < 100; i++) {
          const st = (await json(await fetch(`/api/bulk/${requestId}`))) as { state: string };
          if (st.state !== 'waiting' && st.state !== 'running') return { protocol: one.protocol, state: st.state };
          await new Promise((r) => setTimeout(r, 200));
        }
        return { protocol: one.protocol, state: 'timeout' };
      },
      { serviceId, holder: Number(holder.value), elsewhere: Number(elsewhere!.value) },
    );
    expect(moved.state).toBe('done');

    await preview.getByRole('button', { name: 'Confirmar a transferência' }).click();
    const summary = page.locator('.bulk-summary[data-state=done]');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.locator('.bulk-failures tbody').textContent()).toContain(moved.protocol);
    expect(await summary.locator('.bulk-failures tbody').textContent()).not.toContain(expired.protocol);
    const csvHref = (await summary.locator('a.bulk-failures-csv').getAttribute('href'))!;
    expect(csvHref).toMatch(/\/failures\.csv\?lang=pt-BR$/);
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvHref);
    expect(csv).toContain(moved.protocol);
    expect(csv).toContain('Já foi transferido ou assumido por outra pessoa');
    await shot(page, 'transfer-summary-failures-pt-BR-1280');
    await expectNoSidewaysScroll(page, 'the transfer summary with failures');
    await shot(page, 'transfer-summary-failures-pt-BR-390');
    await page.close();
  });
});
