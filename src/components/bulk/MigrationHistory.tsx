import { formatMoment } from '@/i18n/format-moment';
import { migrationStrings } from '@/i18n/user-migration';
import type { Lang } from '@/i18n/ui';
import type { HistoryEvent } from './use-migration-data';

/** The origin's recent migrations and returns (times in the organization's zone, named above), with a refresh button. */
export default function MigrationHistory({ lang, history, timeZone, refresh }: { lang: Lang; history: HistoryEvent[]; timeZone: string; refresh: () => void }) {
  const t = migrationStrings.in(lang);
  const event = (e: string) => (Object.hasOwn(migrationStrings.table, `event.${e}`) ? t(`event.${e}` as 'event.return') : e);
  return (
    <>
      <div class="omni-actions bulk-history-head">
        <h3>{t('history')}</h3>
        <span class="bulk-tooltip">
          <button type="button" class="omni-icon-button bulk-refresh" aria-label={t('refresh')} aria-describedby="bulk-refresh-tip" onClick={refresh}>
            <span aria-hidden="true">↻</span>
          </button>
          <span role="tooltip" id="bulk-refresh-tip">
            {t('refresh')}
          </span>
        </span>
      </div>
      <p class="omni-muted">{t('tz', { tz: timeZone })}</p>
      {history.length === 0 ? (
        <p class="bulk-no-history">{t('noHistory')}</p>
      ) : (
        <table class="bulk-history omni-cards">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('event')}</th>
              <th scope="col">{t('from')}</th>
              <th scope="col">{t('to')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={`${h.at}-${h.userId}-${i}`}>
                <td data-label={t('when')}>
                  <time dateTime={h.at}>{formatMoment(h.at, lang, timeZone, 'dateTimeSeconds')}</time>
                </td>
                <td data-label={t('name')}>{h.name}</td>
                <td data-label={t('event')}>{event(h.event)}</td>
                <td data-label={t('from')}>{h.from}</td>
                <td data-label={t('to')}>{h.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
