import { bulkStrings } from '@/i18n/bulk';
import { formatMoment } from '@/i18n/format-moment';
import { localePath } from '@/i18n/locale-path';
import { closureStrings } from '@/i18n/queue-closure';
import type { Lang } from '@/i18n/ui';
import { downloadHref } from '../lib/stream';
import type { ClosureRow } from './use-closure-requests';

interface Props {
  lang: Lang;
  reqs: ClosureRow[];
  timeZone: string;
  highlight?: string;
  cancel: (id: string) => void;
}

/** The closure requests: service, who (by name), when (the organization's zone, with its offset), state, progress, result, links. */
export default function ClosureTable({ lang, reqs, timeZone, highlight, cancel }: Props) {
  const t = closureStrings.in(lang);
  const b = bulkStrings.in(lang);
  const at = (iso: string) => formatMoment(iso, lang, timeZone, 'zoned');
  return (
    <table class="omni-cards omni-monitor-table">
      <thead>
        <tr>
          <th scope="col">{t('service')}</th>
          <th scope="col">{t('requestedBy')}</th>
          <th scope="col">{t('requestedAt')}</th>
          <th scope="col">{t('state')}</th>
          <th scope="col">{b('progress.label')}</th>
          <th scope="col">{t('result')}</th>
          <th scope="col">{t('links')}</th>
        </tr>
      </thead>
      <tbody>
        {reqs.map((r) => {
          const pct = r.total ? Math.round((100 * r.processed) / r.total) : r.state === 'done' ? 100 : 0;
          const named = { service: r.serviceName ?? '—', at: at(r.createdAt) };
          const skipped = (r.result?.skipped ?? 0) + (r.result?.failed ?? 0);
          return (
            <tr key={r.id} data-request={r.id} data-state={r.state} class={r.id === highlight ? 'omni-highlight' : undefined}>
              <td data-label={t('service')}>{r.serviceName}</td>
              <td data-label={t('requestedBy')}>{r.requestedBy}</td>
              <td data-label={t('requestedAt')}>
                <time dateTime={r.createdAt}>{at(r.createdAt)}</time>
              </td>
              <td data-label={t('state')}>
                <strong>{b(`request.${r.state}`)}</strong>
              </td>
              <td data-label={b('progress.label')}>
                <progress max={100} value={pct} aria-label={b('progress.label')}>
                  {pct}%
                </progress>
                <small>{b('progress.counts', { processed: r.processed, total: r.total, failed: r.failed })}</small>
                {r.state === 'waiting' && (
                  <button type="button" class="omni-secondary" onClick={() => cancel(r.id)}>
                    {b('progress.cancel')}
                  </button>
                )}
              </td>
              <td data-label={t('result')}>
                {r.state === 'done' && r.result && t('resultText', { applied: r.result.applied ?? 0, skipped })}
                {r.state === 'done' && r.result && skipped ? (
                  <>
                    {' '}
                    · <a href={downloadHref({ failures: r.id }, lang)}>{b('progress.download')}</a>
                  </>
                ) : null}
                {r.state === 'cancelled' && b('cancelled')}
              </td>
              <td data-label={t('links')} class="omni-monitor-links">
                <a href={localePath(lang, `/bulk/request/?id=${r.id}`)} aria-label={t('requestPageOf', named)} data-link="request">
                  {t('requestPage')}
                </a>
                <a href={localePath(lang, `/reports/interaction-history/?request=${r.id}`)} aria-label={t('reportPageOf', named)} data-link="report">
                  {t('reportPage')}
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
