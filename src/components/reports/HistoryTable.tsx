import { channelStrings } from '@/i18n/channels';
import { formatMoment } from '@/i18n/format-moment';
import { reportStrings } from '@/i18n/interaction-report';
import type { Lang } from '@/i18n/ui';
import type { HistoryEntry } from './use-interaction-history';

const COLUMNS = ['at', 'protocol', 'service', 'channel', 'event', 'tabulation', 'by', 'requestedBy', 'requestedAt'] as const;

/** The report's events, one row each; times in the organization's `timeZone` (named once above the table, so each cell is just the date and time). */
export default function HistoryTable({ lang, rows, timeZone }: { lang: Lang; rows: HistoryEntry[]; timeZone: string }) {
  const t = reportStrings.in(lang);
  const channel = channelStrings.in(lang);
  const at = (iso: string) => formatMoment(iso, lang, timeZone, 'dateTimeSeconds');
  return (
    <table class="omni-history omni-cards">
      <thead>
        <tr>
          {COLUMNS.map((k) => (
            <th scope="col">{t(k)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-protocol={r.protocol} data-type={r.type}>
            <td data-label={t('at')}>
              <time dateTime={r.at}>{at(r.at)}</time>
            </td>
            <td data-label={t('protocol')}>{r.protocol}</td>
            <td data-label={t('service')}>{r.service}</td>
            <td data-label={t('channel')} data-channel={r.channel}>
              {channel(r.channel)}
            </td>
            <td data-label={t('event')}>
              {t(`event.${r.type}`)}
              {r.type === 'transferred' && r.to_agent ? ` → ${r.to_agent}` : ''}
            </td>
            <td data-label={t('tabulation')}>{lang === 'en' ? r.tabulation_en : r.tabulation_pt}</td>
            <td data-label={t('by')}>{r.by_name}</td>
            <td data-label={t('requestedBy')}>{r.requested_by}</td>
            <td data-label={t('requestedAt')}>{r.requested_at ? <time dateTime={r.requested_at}>{at(r.requested_at)}</time> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
