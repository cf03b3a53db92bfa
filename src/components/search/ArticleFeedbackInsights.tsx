import type { ArticleVotes } from '@/feedback/votes';
import { articleFeedbackStrings } from '@/i18n/article-feedback';
import { articleHref } from '@/i18n/checks';
import { formatMoment } from '@/i18n/format-moment';
import { searchStrings } from '@/i18n/search';
import type { Lang } from '@/i18n/ui';
import type { Wire } from '@/server/wire';

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
    <section aria-labelledby="feedback">
      <h2 id="feedback">{t('insights.heading')}</h2>
      <p>{t('insights.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('insights.empty')}</p>
      ) : (
        <table data-list="feedback" tabIndex={0} aria-labelledby="feedback">
          <thead>
            <tr>
              <th>{t('insights.article')}</th>
              <th>{t('insights.helpful')}</th>
              <th>{t('insights.notHelpful')}</th>
              <th>{t('insights.comments')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      )}
    </section>
  );
}
