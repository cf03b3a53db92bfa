import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { articleFeedback } from '../db/schema';
import type { Lang } from '../i18n/ui';

/** A reader's vote on an article as the widget shows it. */
export interface Vote {
  helpful: boolean;
  comment: string | null;
  /** When it was last cast (ISO instant). */
  at: string;
}

/**
 * Casts `userId`'s vote on `article`: the first one inserts, every later one replaces it (helpful,
 * comment and language together), so any number of votes from one account stays one row.
 */
export async function castVote(db: Db, v: { article: string; userId: number; helpful: boolean; comment?: string | null; lang: Lang }): Promise<Vote> {
  const comment = v.comment?.trim() ? v.comment.trim() : null;
  const [row] = await db
    .insert(articleFeedback)
    .values({ article: v.article, userId: v.userId, helpful: v.helpful, comment, lang: v.lang })
    .onConflictDoUpdate({
      target: [articleFeedback.article, articleFeedback.userId],
      set: { helpful: v.helpful, comment, lang: v.lang, updatedAt: sql`now()` },
    })
    .returning({ helpful: articleFeedback.helpful, comment: articleFeedback.comment, at: articleFeedback.updatedAt });
  return { helpful: row.helpful, comment: row.comment, at: row.at.toISOString() };
}

/** `userId`'s current vote on `article`, or null. */
export async function currentVote(db: Db, article: string, userId: number): Promise<Vote | null> {
  const [row] = await db
    .select({ helpful: articleFeedback.helpful, comment: articleFeedback.comment, at: articleFeedback.updatedAt })
    .from(articleFeedback)
    .where(and(eq(articleFeedback.article, article), eq(articleFeedback.userId, userId)));
  return row ? { helpful: row.helpful, comment: row.comment, at: row.at.toISOString() } : null;
}

/** One article's votes on the insights page. */
export interface ArticleVotes {
  article: string;
  helpful: number;
  notHelpful: number;
  /** The newest comments of "not helpful" votes (at most `commentsPerArticle`), newest first. */
  comments: { text: string; lang: Lang; at: string }[];
}

/**
 * Votes per article, the most "not helpful" first (then the most voted), `limit` articles, each
 * with its newest "not helpful" comments; only the votes cast from `lang` pages when given. Who
 * voted is not shown.
 */
export async function votesByArticle(db: Db, opts: { limit: number; lang?: Lang; commentsPerArticle?: number }): Promise<ArticleVotes[]> {
  const perArticle = opts.commentsPerArticle ?? 10;
  const langFilter = opts.lang ? sql`where lang = ${opts.lang}` : sql``;
  const counts = await queryRows<{ article: string; helpful: number; not_helpful: number }>(
    db,
    sql`select article, count(*) filter (where helpful)::int as helpful, count(*) filter (where not helpful)::int as not_helpful
        from article_feedback ${langFilter} group by article
        order by count(*) filter (where not helpful) desc, count(*) desc, article
        limit ${opts.limit}`,
  );
  if (counts.length === 0) return [];
  const articles = counts.map((c) => c.article);
  const comments = await queryRows<{ article: string; comment: string; lang: Lang; updated_at: string | Date }>(
    db,
    sql`select article, comment, lang, updated_at from (
          select article, comment, lang, updated_at,
                 row_number() over (partition by article order by updated_at desc, id desc) as n
          from article_feedback
          where not helpful and comment is not null ${opts.lang ? sql`and lang = ${opts.lang}` : sql``} and article in (${sql.join(
            articles.map((a) => sql`${a}`),
            sql`, `,
          )})
        ) c where n <= ${perArticle} order by article, updated_at desc`,
  );
  return counts.map((c) => ({
    article: c.article,
    helpful: Number(c.helpful),
    notHelpful: Number(c.not_helpful),
    comments: comments.filter((m) => m.article === c.article).map((m) => ({ text: m.comment, lang: m.lang, at: new Date(m.updated_at).toISOString() })),
  }));
}
