import { channelStrings } from '@/i18n/channels';
import { transferStrings } from '@/i18n/attendance-transfer';
import type { Lang } from '@/i18n/ui';
import type { useKeysetPages } from './hooks/use-keyset-pages';
import type { Selection } from './hooks/use-selection';
import { openFor } from './open-for';
import type { TransferRow } from './use-transfer-data';

/** The transfer's texts bound to the page's language. */
export type TransferText = ReturnType<typeof transferStrings.in>;

/** Why an attendance cannot be ticked (an expired one), or null. */
export const blockedReason = (r: TransferRow, t: TransferText) => (r.expired ? t('blockedExpired') : null);

/** The page of attendances in attendance shown, each with its tick box (not for expired ones), and the pager. */
export default function TransferList({
  lang,
  pages,
  sel,
  changed,
}: {
  lang: Lang;
  pages: ReturnType<typeof useKeysetPages<TransferRow, number>>;
  sel: Selection<number>;
  changed: () => void;
}) {
  const t = transferStrings.in(lang);
  return (
    <>
      {pages.error && (
        <p class="omni-error" role="alert">
          {pages.error}
        </p>
      )}
      {pages.rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table class="omni-transfer-list omni-cards">
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">{t('tick')}</span>
              </th>
              <th scope="col">{t('protocol')}</th>
              <th scope="col">{t('customer')}</th>
              <th scope="col">{t('agent')}</th>
              <th scope="col">{t('channel')}</th>
              <th scope="col">{t('openFor')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.rows.map((r) => {
              const why = blockedReason(r, t);
              return (
                <tr key={r.id} data-protocol={r.protocol} data-blocked={why ? 'true' : undefined}>
                  <td class="bulk-tick">
                    <input
                      type="checkbox"
                      aria-label={r.protocol}
                      aria-describedby={why ? `why-${r.id}` : undefined}
                      disabled={Boolean(why)}
                      checked={!why && sel.isChecked(r.id)}
                      onChange={() => {
                        sel.toggle(r.id);
                        changed();
                      }}
                    />
                  </td>
                  <td data-label={t('protocol')}>
                    {r.protocol} {why && <span class="omni-tag omni-warn">{t('expiredTag')}</span>}
                    {why && (
                      <span id={`why-${r.id}`} class="bulk-reason omni-muted">
                        {why}
                      </span>
                    )}
                  </td>
                  <td data-label={t('customer')}>{r.customerName}</td>
                  <td data-label={t('agent')}>{r.agentName}</td>
                  <td data-label={t('channel')}>{channelStrings.stored(r.channel)[lang]}</td>
                  <td data-label={t('openFor')}>{openFor(r.createdAt, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav class="omni-actions" aria-label={t('pageOf', { p: pages.page })}>
        <button type="button" class="omni-secondary" disabled={!pages.hasPrev} onClick={pages.first}>
          {t('first')}
        </button>
        <button type="button" class="omni-secondary" disabled={!pages.hasPrev} onClick={pages.prevPage}>
          {t('prevPage')}
        </button>
        <span class="omni-muted">{t('pageOf', { p: pages.page })}</span>
        <button type="button" class="omni-secondary" disabled={!pages.hasNext} onClick={pages.nextPage}>
          {t('next')}
        </button>
      </nav>
    </>
  );
}
