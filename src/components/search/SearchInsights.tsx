import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { formatDay, formatMoment } from '@/i18n/format-moment';
import { searchStrings } from '@/i18n/search';
import type { Lang } from '@/i18n/ui';
import type { Wire } from '@/server/wire';
import type { InsightRow, RefusalRow } from '@/search/insights/report';
import { callAction } from '../lib/call-action';
import { ArticleFeedbackInsights } from './ArticleFeedbackInsights';
import { InsightSection } from './InsightSection';
import KbOutcomesTable from '../escalations/KbOutcomesTable';

type Report = Awaited<ReturnType<typeof actions.search.insights.orThrow>>;
import { MAX_NEW_QUERIES_PER_DAY } from '@/search/insights/retention';

/** A list of queries (InsightSection). */
function InsightsTable({ lang, title, rows, id, timeZone }: { lang: Lang; title: string; rows: Wire<InsightRow>[]; id: string; timeZone: string }) {
  const t = searchStrings.in(lang);
  return (
    <InsightSection
      id={id}
      title={title}
      empty={t('insights.empty')}
      headers={[t('insights.query'), t('insights.lang'), t('insights.searches'), t('insights.results'), t('insights.strong'), t('insights.lastSeen')]}
      count={rows.length}
    >
      {rows.map((r) => (
        <tr key={`${r.lang}:${r.query}`} data-query={r.query}>
          <td data-typed>{r.query}</td>
          <td>{t(`lang.${r.lang}`)}</td>
          <td>{r.searches}</td>
          <td>{r.results}</td>
          <td>{r.strong}</td>
          <td>{formatMoment(r.lastAt, lang, timeZone, 'zoned')}</td>
        </tr>
      ))}
    </InsightSection>
  );
}

/** The days whose searches were refused (the day was full): shown only when there are some. */
function Refusals({ lang, rows }: { lang: Lang; rows: Wire<RefusalRow>[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="refused" class="omni-search-refused">
      <h2 id="refused">{searchStrings.t(lang, 'insights.refused')}</h2>
      <p role="alert">{searchStrings.t(lang, 'insights.refusedIntro', { max: MAX_NEW_QUERIES_PER_DAY })}</p>
      <table data-list="refused" tabIndex={0} aria-labelledby="refused">
        <thead>
          <tr>
            <th>{searchStrings.t(lang, 'insights.day')}</th>
            <th>{searchStrings.t(lang, 'insights.lang')}</th>
            <th>{searchStrings.t(lang, 'insights.refusedCount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.day}:${r.lang}`} data-day={r.day} data-lang={r.lang}>
              <td>{formatDay(r.day, lang)}</td>
              <td>{searchStrings.t(lang, `lang.${r.lang}`)}</td>
              <td>{r.refused}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The insights lists, loaded from GET /api/search/insights, filtered by the language searched in. */
export default function SearchInsights({ lang, articleTitles = {} }: { lang: Lang; articleTitles?: Record<string, string> }) {
  const [language, setLanguage] = useState<'' | Lang>('');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    void callAction(actions.search.insights, language ? { language } : {}, lang).then((r) =>
      r.ok ? setReport(r.data) : setError(r.error || searchStrings.t(lang, 'insights.loadFailed')),
    );
  }, [language]);
  return (
    <div class="omni-search-insights">
      <label>
        {searchStrings.t(lang, 'insights.lang')}{' '}
        <select value={language} onChange={(e) => setLanguage((e.target as HTMLSelectElement).value as '' | Lang)}>
          <option value="">{searchStrings.t(lang, 'insights.bothLanguages')}</option>
          <option value="pt-BR">{searchStrings.t(lang, 'lang.pt-BR')}</option>
          <option value="en">{searchStrings.t(lang, 'lang.en')}</option>
        </select>
      </label>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <Refusals lang={lang} rows={report.refused} />
          <InsightsTable lang={lang} timeZone={report.timeZone} id="zero" title={searchStrings.t(lang, 'insights.zero')} rows={report.zero} />
          <InsightsTable lang={lang} timeZone={report.timeZone} id="unopened" title={searchStrings.t(lang, 'insights.unopened')} rows={report.unopened} />
          <ArticleFeedbackInsights lang={lang} timeZone={report.timeZone} rows={report.feedback} titles={articleTitles} />
          <KbOutcomesTable lang={lang} timeZone={report.timeZone} rows={report.kbOutcomes} />
        </>
      )}
    </div>
  );
}
