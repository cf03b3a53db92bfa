import type { KbOutcomeRow } from '@/escalations/kb-outcomes';
import { escalationStrings } from '@/i18n/escalations';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import type { Wire } from '@/server/wire';
import { InsightSection } from '../search/InsightSection';

/** The search insights' block for authors: per article, escalations resolved as a gap or as wrong. */
export default function KbOutcomesTable({ lang, rows, timeZone }: { lang: Lang; rows: Wire<KbOutcomeRow>[]; timeZone: string }) {
  const t = escalationStrings.in(lang);
  return (
    <InsightSection
      id="kb-outcomes"
      title={t('kbTitle')}
      intro={t('kbIntro')}
      empty={t('kbEmpty')}
      headers={[t('colArticle'), t('kbGaps'), t('kbWrong'), t('kbLatest')]}
      count={rows.length}
    >
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
    </InsightSection>
  );
}
