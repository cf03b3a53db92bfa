import type { KbOutcomeRow } from '@/escalations/kb-outcomes';
import { escalationStrings } from '@/i18n/escalations';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import type { Wire } from '@/server/wire';

/** The search insights' block for authors: per article, escalations resolved as a gap or as wrong. */
export default function KbOutcomesTable({ lang, rows, timeZone }: { lang: Lang; rows: Wire<KbOutcomeRow>[]; timeZone: string }) {
  const t = escalationStrings.in(lang);
  return (
    <section aria-labelledby="kb-outcomes">
      <h2 id="kb-outcomes">{t('kbTitle')}</h2>
      <p>{t('kbIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('kbEmpty')}</p>
      ) : (
        <table data-list="kb-outcomes" tabIndex={0} aria-labelledby="kb-outcomes">
          <thead>
            <tr>
              <th>{t('colArticle')}</th>
              <th>{t('kbGaps')}</th>
              <th>{t('kbWrong')}</th>
              <th>{t('kbLatest')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.article} data-article={r.article}>
                <td>
                  <a href={r.href}>{r.title}</a>
                </td>
                <td data-gaps>{r.gaps}</td>
                <td data-wrong>{r.wrong}</td>
                <td>{formatMoment(r.latest, lang, timeZone, 'dateTime')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
