import { describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';
import { expectNoSidewaysScroll } from './helpers/layout';
import { hydrated, signedInPage } from './helpers/signed-in';

const b = useBrowser();

const t = {
  'pt-BR': {
    path: '/reports/interaction-history/',
    run: 'Gerar relatório',
    siteSearch: 'Buscar',
    from: 'De',
    to: 'Até',
    channels: ['Chat', 'E-mail', 'WhatsApp', 'Telefone'],
    inverted: 'A data final é anterior à inicial: escolha um “Até” igual ou depois do “De”.',
    fix: 'Corrija o campo indicado e gere o relatório de novo.',
    atHeader: 'Quando (America/Sao_Paulo, UTC−03:00)',
    requestedAtHeader: 'Pedido em (America/Sao_Paulo, UTC−03:00)',
    sep: ';',
    date: /^\d{2}\/\d{2}\/\d{4}/,
    allTabs: 'Todas as tabulações',
    allServices: 'Todos os serviços',
  },
  en: {
    path: '/en/reports/interaction-history/',
    run: 'Run report',
    siteSearch: 'Search',
    from: 'From',
    to: 'To',
    channels: ['Chat', 'E-mail', 'WhatsApp', 'Phone'],
    inverted: 'The end date is before the start date: pick a “To” on or after the “From”.',
    fix: 'Fix the field shown and run the report again.',
    atHeader: 'When (America/Sao_Paulo, UTC−03:00)',
    requestedAtHeader: 'Requested at (America/Sao_Paulo, UTC−03:00)',
    sep: ',',
    date: /^\d{1,2}\/\d{1,2}\/\d{2}/,
    allTabs: 'All tabulations',
    allServices: 'All services',
  },
} as const;

/** The cells of one CSV line (quoted fields with doubled quotes, as the report writes them). */
function cellsOf(line: string, sep: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(new RegExp(`(?:^|${sep})("(?:[^"]|"")*"|[^${sep}"]*)`, 'g'))) {
    const v = m[1]!;
    out.push(v.startsWith('"') ? v.slice(1, -1).replace(/""/g, '"') : v);
  }
  return out;
}

/** `iso` on São Paulo's wall clock, as the CSV writes it. */
const wall = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Sao_Paulo', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));

describe('interaction history report', () => {
  test.each(['pt-BR', 'en'] as const)('%s: an inverted range gets its message beside the field and clears the table; labels, not ids', async (lang) => {
    const x = t[lang];
    const page = await signedInPage(b.newPage, 'supervisor@demo.local');
    await page.goto(x.path);
    const report = await hydrated(page, '.omni-report');
    expect(await page.locator('astro-island .omni-tool.omni-report').count()).toBe(1);
    const rows = report.locator('table.omni-history tbody tr');
    await rows.first().waitFor();
    // The report's button is not named like the site search.
    expect(x.run).not.toBe(x.siteSearch);
    expect(await report.getByRole('button', { name: x.run, exact: true }).count()).toBe(1);
    expect(await report.getByRole('button', { name: x.siteSearch, exact: true }).count()).toBe(0);
    expect(await report.locator('select[name=tabulation] option').first().textContent()).toBe(x.allTabs);
    expect(await report.locator('select[name=serviceId] option').first().textContent()).toBe(x.allServices);
    for (const c of await rows.locator('td[data-channel]').allTextContents()) expect(x.channels).toContain(c);
    expect(await rows.first().locator('td').first().textContent()).toMatch(x.date);
    await shot(page, `report-${lang}`);
    await expectNoSidewaysScroll(page, `report (${lang})`);
    await shot(page, `report-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });

    await report.getByLabel(x.from, { exact: true }).fill('2026-11-28');
    await report.getByLabel(x.to, { exact: true }).fill('2026-11-27');
    await report.getByRole('button', { name: x.run, exact: true }).click();
    const to = report.locator('input[name=to][aria-invalid=true]');
    await to.waitFor();
    expect(await page.locator(`#${await to.getAttribute('aria-describedby')}`).textContent()).toBe(x.inverted);
    expect(await report.getByRole('alert').textContent()).toBe(x.fix);
    expect(await report.textContent()).not.toContain('(to)');
    expect(await rows.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('to');
    await shot(page, `report-inverted-${lang}`);

    await report.getByLabel(x.to, { exact: true }).fill('2026-11-28');
    await report.getByRole('button', { name: x.run, exact: true }).click();
    await report.locator('input[name=to]:not([aria-invalid])').waitFor();
    expect(await report.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  test.each(['pt-BR', 'en'] as const)('%s: the CSV writes times on the organization’s clock, the zone and offset in the header', async (lang) => {
    const x = t[lang];
    const cookie = await signInCookie('supervisor@demo.local');
    const api = await (await call(`/api/reports/interaction-history?limit=5&lang=${lang}`, { cookie })).json();
    expect(api.timeZone).toBe('America/Sao_Paulo');
    const csv = await (await call(`/api/reports/interaction-history.csv?lang=${lang}`, { cookie })).text();
    const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const head = cellsOf(header!, x.sep);
    expect(head[0]).toBe(x.atHeader);
    expect(head[11]).toBe(x.requestedAtHeader);
    const cells = cellsOf(first!, x.sep);
    expect(cells[0]).toBe(wall(api.rows[0].at));
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(x.channels).toContain(cells[3]);
    expect(csv).not.toMatch(new RegExp(`${x.sep}(phone|whatsapp|email|chat)${x.sep}`));
    // The request filter the monitor links with is bounded like every other.
    const bad = await call(`/api/reports/interaction-history?request=not-a-request&lang=${lang}`, { cookie });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields)).toEqual(['request']);
  });
});
