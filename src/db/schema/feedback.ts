import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { timestamps } from './_helpers';
import { users } from './access';

/**
 * "Este artigo ajudou?": one vote per article and signed-in user, changeable (a flood from one
 * account stays one row), with an optional plain-text comment. `article` is the article's id
 * without the language prefix (`email/emails-not-arriving`); `lang` the page's language.
 */
export const articleFeedback = pgTable(
  'article_feedback',
  {
    id: serial('id').primaryKey(),
    article: text('article').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    helpful: boolean('helpful').notNull(),
    /** Plain text, at most 1,000 characters; null when none was given. */
    comment: text('comment'),
    lang: text('lang', { enum: ['pt-BR', 'en'] }).notNull(),
    ...timestamps,
  },
  (t) => [
    unique('article_feedback_article_user_key').on(t.article, t.userId),
    index('article_feedback_user_id_idx').on(t.userId),
    check('article_feedback_article_check', sql`char_length(${t.article}) BETWEEN 1 AND 200`),
    check('article_feedback_comment_check', sql`char_length(${t.comment}) <= 1000`),
    check('article_feedback_lang_check', sql`${t.lang} IN ('pt-BR', 'en')`),
  ],
);

export type ArticleFeedback = typeof articleFeedback.$inferSelect;
