import { describe, expect, test } from 'vitest';
import { historyCsvColumns, historyCsvLine } from '@/reports/interaction-history-csv';
import type { HistoryRow } from '@/reports/interaction-history';
import { utcOffset, zonedColumn } from '@/reports/zoned-time';

const row: HistoryRow = {
  id: 7,
  at: '2026-11-22T04:00:00.000Z',
  type: 'finished',
  protocol: '20260000000007',
  channel: 'phone',
  customer: '=HYPERLINK("http://evil.example","click")',
  service: 'Suporte Técnico',
  tabulation_pt: 'Finalizado em lote',
  tabulation_en: 'Batch Finalized',
  by_name: '+Supervisor; Demo',
  from_agent: null,
  to_agent: null,
  request_id: 'abc',
  requested_by: 'Supervisor Demo',
  requested_at: '2026-11-22T03:59:00.000Z',
};
const SP = 'America/Sao_Paulo';
const now = new Date('2026-11-28T12:00:00Z');

describe('historyCsvLine', () => {
  test('neutralizes formula cells and quotes the delimiter, in each language', () => {
    const pt = historyCsvLine('pt-BR', historyCsvColumns('pt-BR', SP, now).row(row));
    expect(pt).toContain(`;"'=HYPERLINK(""http://evil.example"",""click"")";`);
    expect(pt).toContain(`;"'+Supervisor; Demo";`);
    expect(pt).toContain(';Finalizado em lote;');
    expect(pt.endsWith('\r\n')).toBe(true);
    const en = historyCsvLine('en', historyCsvColumns('en', SP, now).row(row));
    expect(en).toContain(',Batch Finalized,');
    expect(en).toContain(',Finished,');
  });

  test('writes moments on the organization’s wall clock, not UTC ISO', () => {
    const cells = historyCsvColumns('pt-BR', SP, now).row(row);
    // 04:00 UTC is 01:00 in São Paulo (UTC−03:00, no daylight saving time since 2019).
    expect(cells[0]).toBe('2026-11-22 01:00:00');
    expect(cells[11]).toBe('2026-11-22 00:59:00');
    expect(cells.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  test('writes channels as labels in the caller’s language', () => {
    expect(historyCsvColumns('pt-BR', SP, now).row(row)[3]).toBe('Telefone');
    expect(historyCsvColumns('en', SP, now).row(row)[3]).toBe('Phone');
  });
});

describe('historyCsvColumns', () => {
  test('names the columns in the caller’s language, with the zone and its offset on the time columns', () => {
    const pt = historyCsvColumns('pt-BR', SP, now).header;
    expect(pt).toContain('Tabulação');
    expect(pt[0]).toBe('Quando (America/Sao_Paulo, UTC−03:00)');
    expect(pt[11]).toBe('Pedido em (America/Sao_Paulo, UTC−03:00)');
    const en = historyCsvColumns('en', SP, now).header;
    expect(en).toContain('Bulk request by');
    expect(en[0]).toBe('When (America/Sao_Paulo, UTC−03:00)');
  });
});

describe('zonedColumn', () => {
  test('names both offsets of a zone with daylight saving time and gives each cell its own', () => {
    const ny = zonedColumn('America/New_York', now);
    expect(ny.offset).toBe('UTC−05:00 / UTC−04:00');
    expect(ny.cell('2026-07-01T16:00:00Z')).toBe('2026-07-01 12:00:00 UTC−04:00');
    expect(ny.cell('2026-12-01T17:00:00Z')).toBe('2026-12-01 12:00:00 UTC−05:00');
    expect(ny.cell(null)).toBe('');
  });

  test('writes UTC as UTC+00:00', () => {
    expect(utcOffset('UTC', now)).toBe('UTC+00:00');
    expect(zonedColumn('UTC', now).cell('2026-11-28T23:59:59.000Z')).toBe('2026-11-28 23:59:59');
  });
});
