import type { Db } from '../db/client';
import { csvField, delimiterFor } from '../bulk/csv-writer';
import { rt } from '../i18n/interaction-report';
import type { Lang } from '../i18n/ui';
import { historyPage, type HistoryQuery, type HistoryRow } from './interaction-history';

const PAGE = 2000;

/** CSV header and row of the report in `lang`. */
export function historyCsvColumns(lang: Lang) {
  const header = ['at', 'protocol', 'service', 'channel', 'customer', 'event', 'tabulation', 'by', 'fromAgent', 'toAgent', 'requestedBy', 'requestedAt', 'request'] as const;
  return {
    header: header.map((k) => rt(lang, k)),
    row: (r: HistoryRow) => [
      r.at,
      r.protocol,
      r.service,
      r.channel,
      r.customer,
      rt(lang, `event.${r.type}`),
      (lang === 'en' ? r.tabulation_en : r.tabulation_pt) ?? '',
      r.by_name ?? '',
      r.from_agent ?? '',
      r.to_agent ?? '',
      r.requested_by ?? '',
      r.requested_at ?? '',
      r.request_id ?? '',
    ],
  };
}

/** One CSV line (CRLF-terminated) of `cells` with the delimiter of `lang`, formula cells neutralized. */
export function historyCsvLine(lang: Lang, cells: unknown[]): string {
  const d = delimiterFor(lang);
  return cells.map((c) => csvField(c, d)).join(d) + '\r\n';
}

/**
 * The whole report as a CSV stream (UTF-8 BOM, CRLF, `;` in pt-BR and `,` in English, formula
 * cells neutralized by the framework's CSV writer), read in keyset pages so memory stays flat.
 */
export function historyCsvStream(db: Db, q: HistoryQuery, scope: number[] | 'all', lang: Lang, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const { header, row } = historyCsvColumns(lang);
  const line = (cells: unknown[]) => historyCsvLine(lang, cells);
  let cursor: string | undefined;
  let started = false;
  let ended = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode('\uFEFF' + line(header)));
        return;
      }
      if (ended || signal?.aborted) return controller.close();
      const page = await historyPage(db, { ...q, limit: PAGE, cursor }, scope);
      if (page.rows.length) controller.enqueue(enc.encode(page.rows.map((r) => line(row(r))).join('')));
      cursor = page.next ?? undefined;
      if (!cursor) {
        ended = true;
        controller.close();
      }
    },
  });
}
