import { describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { hydrated, signedInPage } from './helpers/signed-in';

const b = useBrowser();

describe('attendance transfer in the browser', () => {
  test.each([
    ['pt-BR', '/bulk/transfer-attendances/', 0, /Atendimento expirado/, 'Transferido'],
    ['en', '/en/bulk/transfer/', 1, /Expired attendance/, 'Transferred'],
  ] as const)('%s: an expired attendance among the selected is reported and the others move (%s)', async (lang, path, n, expiredReason, movedLabel) => {
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto(path);
    const form = await hydrated(page, '.omni-transfer');
    await form.locator('select[name=serviceId]').selectOption({ label: 'Suporte Técnico' });
    await form.locator('.omni-transfer-list tbody tr').first().waitFor();
    const rows = form.locator('.omni-transfer-list tbody tr');
    const all = await rows.evaluateAll((trs) => trs.map((tr) => ({ protocol: tr.getAttribute('data-protocol')!, expired: Boolean(tr.querySelector('.omni-tag')), agent: tr.children[3].textContent ?? '' })));
    const expired = all.filter((r) => r.expired)[n];
    const fine = all.filter((r) => !r.expired).slice(2 * n + 4, 2 * n + 6);
    expect(expired).toBeTruthy();
    expect(fine).toHaveLength(2);
    for (const r of [expired, ...fine]) await form.getByRole('checkbox', { name: r.protocol, exact: true }).check();
    const holders = new Set([expired, ...fine].map((r) => r.agent));
    const options = await form.locator('select[name=targetAgentId] option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const target = options.find((o) => o.value !== '0' && ![...holders].some((h) => o.text.startsWith(h + ' —')))!;
    expect(target.text).toMatch(lang === 'en' ? /in attendance · capacity/ : /em atendimento · capacidade/);
    await form.locator('select[name=targetAgentId]').selectOption(target.value);
    await form.getByRole('button', { name: lang === 'en' ? 'Transfer (preview)' : 'Transferir (prévia)' }).click();
    const preview = form.locator('.omni-transfer-preview');
    await preview.waitFor();
    expect(await preview.locator('.omni-problems').textContent()).toContain(expired.protocol);
    await shot(page, `transfer-preview-${lang}`);
    await preview.getByRole('button', { name: lang === 'en' ? 'Confirm the transfer' : 'Confirmar a transferência' }).click();
    const progress = page.locator('.bulk-progress[data-state=done]');
    await progress.waitFor({ timeout: 30_000 });
    await progress.locator('.bulk-failures').waitFor();
    const failures = await progress.locator('.bulk-failures tbody tr').allTextContents();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(expired.protocol);
    expect(failures[0]).toMatch(expiredReason);
    await shot(page, `transfer-result-${lang}`);
    await page.close();

    // Read the attendances back from the database through the history report.
    const cookie = await signInCookie('supervisor@demo.local');
    const targetName = target.text.split(' — ')[0];
    for (const r of fine) {
      const h = await (await call(`/api/reports/interaction-history?protocol=${r.protocol}&lang=${lang}`, { cookie })).json();
      const moved = h.rows.filter((e: { type: string }) => e.type === 'transferred');
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatchObject({ to_agent: targetName, from_agent: r.agent, requested_by: 'Supervisor Demo' });
    }
    const h = await (await call(`/api/reports/interaction-history?protocol=${expired.protocol}`, { cookie })).json();
    expect(h.rows.some((e: { type: string }) => e.type === 'transferred')).toBe(false);
    void movedLabel;
  });
});
