import type { ArticleVotes } from '@/feedback/votes';
import { articleFeedbackStrings } from '@/i18n/article-feedback';
import { articleHref } from '@/i18n/checks';
import { formatMoment } from '@/i18n/format-moment';
import { searchStrings } from '@/i18n/search';
import type { Lang } from '@/i18n/ui';
import type { Wire } from '@/server/wire';
import { InsightSection } from './InsightSection';

/**
 * Per article, what readers said in "Este artigo ajudou?": helpful and not-helpful votes, and the
 * comments of "not helpful" votes (plain text, shown as text). `titles` names each article in the
 * page's language (an article no longer on the site shows its id).
 */
export function ArticleFeedbackInsights({
  lang,
  rows,
  titles,
  timeZone,
}: {
  lang: Lang;
  rows: Wire<ArticleVotes>[];
  titles: Record<string, string>;
  timeZone: string;
}) {
  const t = articleFeedbackStrings.in(lang);
  return (
    <InsightSection
      id="feedback"
      title={t('insights.heading')}
      intro={t('insights.intro')}
      empty={t('insights.empty')}
      headers={[t('insights.article'), t('insights.helpful'), t('insights.notHelpful'), t('insights.comments')]}
      count={rows.length}
    >
      {rows.map((r) => (
        <tr key={r.article} data-article={r.article}>
          <td>
            <a href={articleHref(lang, r.article)}>{titles[r.article] ?? r.article}</a>
          </td>
          <td data-helpful>{r.helpful}</td>
          <td data-not-helpful>{r.notHelpful}</td>
          <td>
            {r.comments.length === 0 ? (
              t('insights.noComments')
            ) : (
              <ul class="omni-feedback-comments">
                {r.comments.map((c) => (
                  <li data-typed>
                    {c.text}{' '}
                    <small>
                      ({searchStrings.t(lang, `lang.${c.lang}`)}, {formatMoment(c.at, lang, timeZone, 'zoned')})
                    </small>
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </InsightSection>
  );
}
