import { describe, expect, test } from 'vitest';
import { historyCsvColumns, historyCsvLine } from '../../src/reports/interaction-history-csv';
import type { HistoryRow } from '../../src/reports/interaction-history';

const row: HistoryRow = {
  id: 7,
  at: '2026-11-22T04:00:00.000Z',
  type: 'finished',
  protocol: '20260000000007',
  channel: 'chat',
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

describe('historyCsvLine', () => {
  test('neutralizes formula cells and quotes the delimiter, in each language', () => {
    const pt = historyCsvLine('pt-BR', historyCsvColumns('pt-BR').row(row));
    expect(pt).toContain(`;"'=HYPERLINK(""http://evil.example"",""click"")";`);
    expect(pt).toContain(`;"'+Supervisor; Demo";`);
    expect(pt).toContain(';Finalizado em lote;');
    expect(pt.endsWith('\r\n')).toBe(true);
    const en = historyCsvLine('en', historyCsvColumns('en').row(row));
    expect(en).toContain(',Batch Finalized,');
    expect(en).toContain(',Finished,');
  });

  test('names the columns in the caller’s language', () => {
    expect(historyCsvColumns('pt-BR').header).toContain('Tabulação');
    expect(historyCsvColumns('en').header).toContain('Bulk request by');
  });
});
