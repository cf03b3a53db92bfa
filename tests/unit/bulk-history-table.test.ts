import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import BulkHistoryTable, { type BulkHistoryRow } from '@/components/bulk/BulkHistoryTable';

const row = (id: string, state: BulkHistoryRow['state']) =>
  ({
    id,
    kind: 'queue-closure',
    state,
    serviceId: 1,
    service: 'Financeiro',
    requestedBy: 'admin@demo.local',
    createdAt: '2026-11-22T12:00:00Z',
    total: 3,
    processed: 3,
    failed: 0,
  }) as BulkHistoryRow;
const states = ['waiting', 'running', 'done', 'failed', 'cancelled'] as const;

/** The text of each row's link to its request page, by state. */
function links(lang: 'pt-BR' | 'en'): Record<string, string> {
  const html = render(h(BulkHistoryTable, { lang, rows: states.map((s) => row(s, s)), timeZone: 'America/Sao_Paulo' }));
  return Object.fromEntries([...html.matchAll(/<tr data-request="(\w+)"[\s\S]*?<a [^>]*data-open[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]));
}

describe('the bulk history table', () => {
  test.each([
    ['pt-BR', 'Acompanhar', 'Abrir'],
    ['en', 'Follow', 'Open'],
  ] as const)('offers to follow a request still going, and to open a finished one (%s)', (lang, follow, open) => {
    expect(links(lang)).toEqual({ waiting: follow, running: follow, done: open, failed: open, cancelled: open });
  });
});
