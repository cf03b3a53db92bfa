import type { Db } from '../db/client';
import { csvField, delimiterFor } from '../lib/csv-writer';
import { reportStrings } from '../i18n/interaction-report';
import { channelStrings } from '../i18n/channels';
import type { Lang } from '../i18n/ui';
import type { Scope } from '../auth/scope';
import { zonedColumn } from './zoned-time';
import { historyPage, type HistoryQuery, type HistoryRow } from './interaction-history';

const PAGE = 2000;

/**
 * CSV header and row of the report in `lang`: moments on the wall clock of the organization's
 * `timeZone`, the zone and its UTC offset named in their column headers, labels instead of ids.
 */
export function historyCsvColumns(lang: Lang, timeZone: string, now = new Date()) {
  const zoned = zonedColumn(timeZone, now);
  const header = [
    reportStrings.t(lang, 'atTz', { tz: timeZone, offset: zoned.offset }),
    ...(['protocol', 'service', 'channel', 'customer', 'event', 'tabulation', 'by', 'fromAgent', 'toAgent', 'requestedBy'] as const).map((k) =>
      reportStrings.t(lang, k),
    ),
    reportStrings.t(lang, 'requestedAtTz', { tz: timeZone, offset: zoned.offset }),
    reportStrings.t(lang, 'request'),
  ];
  return {
    header,
    row: (r: HistoryRow) => [
      zoned.cell(r.at),
      r.protocol,
      r.service,
      channelStrings.t(lang, r.channel),
      r.customer,
      reportStrings.t(lang, `event.${r.type}`),
      (lang === 'en' ? r.tabulation_en : r.tabulation_pt) ?? '',
      r.by_name ?? '',
      r.from_agent ?? '',
      r.to_agent ?? '',
      r.requested_by ?? '',
      zoned.cell(r.requested_at),
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
 * The first page is read before the stream is returned: a failure there is the endpoint's error
 * answer, never a 200 that resets half-way. Every page ANDs the caller's `scope`.
 */
export async function historyCsvStream(
  db: Db,
  q: HistoryQuery,
  scope: Scope,
  lang: Lang,
  timeZone: string,
  signal?: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const enc = new TextEncoder();
  const { header, row } = historyCsvColumns(lang, timeZone);
  const line = (cells: unknown[]) => historyCsvLine(lang, cells);
  let page: { rows: HistoryRow[]; next: string | null } | null = await historyPage(db, { ...q, limit: PAGE, cursor: undefined }, scope);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode('\uFEFF' + line(header)));
        return;
      }
      if (!page || signal?.aborted) return controller.close();
      if (page.rows.length) controller.enqueue(enc.encode(page.rows.map((r) => line(row(r))).join('')));
      page = page.next ? await historyPage(db, { ...q, limit: PAGE, cursor: page.next }, scope) : null;
    },
  });
}
