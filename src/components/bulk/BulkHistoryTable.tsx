import type { actions } from 'astro:actions';
import type { BulkRequestState } from '@/db/schema/bulk';
import { bulkStrings } from '@/i18n/bulk';
import { historyText } from '@/i18n/bulk-history';
import { formatMoment } from '@/i18n/format-moment';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';
import { downloadHref, hasEnded } from '../lib/stream';
import { bulkKindName } from './bulk-kind';

/** One request as the history lists it. */
export type BulkHistoryRow = Awaited<ReturnType<typeof actions.bulk.requests.history.orThrow>>['requests'][number];

/**
 * The requests of the history, each with its state, counts, page (to follow while it runs, to open
 * once it ended) and (with failures) their CSV. Times in the organization's zone, named above.
 */
export default function BulkHistoryTable({ lang, rows, timeZone }: { lang: Lang; rows: BulkHistoryRow[]; timeZone: string }) {
  const t = historyText.in(lang);
  const b = bulkStrings.in(lang);
  return (
    <table class="omni-cards">
      <thead>
        <tr>
          {(['col.when', 'col.who', 'col.kind', 'col.service', 'col.state', 'col.counts', 'col.open'] as const).map((k) => (
            <th>{t(k)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-request={r.id} data-kind={r.kind} data-service={r.serviceId ?? ''}>
            <td data-label={t('col.when')}>
              <time dateTime={r.createdAt}>{formatMoment(r.createdAt, lang, timeZone, 'zoned')}</time>
            </td>
            <td data-label={t('col.who')} title={r.requestedByEmail ?? undefined}>
              {r.requestedBy ?? '—'}
            </td>
            <td data-label={t('col.kind')}>{bulkKindName(r.kind, lang)}</td>
            <td data-label={t('col.service')}>
              {r.destination ? t('fromTo', { from: r.service ?? '—', to: r.destination }) : (r.service ?? t('allServices'))}
            </td>
            <td data-label={t('col.state')} data-state={r.state}>
              {b(`request.${r.state as BulkRequestState}`)}
            </td>
            <td data-label={t('col.counts')}>{t('counts', { processed: r.processed, total: r.total, failed: r.failed })}</td>
            <td data-label={t('col.open')}>
              <span class="omni-actions">
                <a href={localePath(lang, `/bulk/request/?id=${r.id}`)} data-open>
                  {t(hasEnded(r.state as BulkRequestState) ? 'openEnded' : 'follow')}
                </a>
                {r.failed > 0 && (
                  <a href={downloadHref({ failures: r.id }, lang)} download data-failures-csv>
                    {t('failures')}
                  </a>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
