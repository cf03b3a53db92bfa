import { articleFeedbackStrings } from '@/i18n/article-feedback';
import { feedbackInput } from '@/feedback/input';
import { knownArticles } from '@/feedback/known-articles';
import { castVote } from '@/feedback/votes';
import { HttpError } from '@/server/http-error';
import { defineOperation } from '@/server/operation';

/**
 * "Este artigo ajudou?": the caller's vote on an article (any signed-in user), with an optional
 * plain-text comment → `{vote}`. One vote per article and user: a later one replaces it. An
 * unknown article, HTML or NUL in the comment, or a comment over 1,000 characters is a 400 in the
 * caller's language, nothing saved. Audited (the comment's length, not its text).
 */
export const articleFeedbackVote = defineOperation({
  action: 'article.feedback',
  permission: null,
  input: feedbackInput,
  maxBytes: 8_000,
  handler: async ({ db, user, lang, input, audit }) => {
    if (!(await knownArticles()).has(input.article)) {
      await audit({ action: 'article.feedback', target: `article:${input.article}`, outcome: 'refused' });
      throw new HttpError(400, articleFeedbackStrings.l('unknownArticle', { article: input.article }));
    }
    const vote = await castVote(db, { article: input.article, userId: user.id, helpful: input.helpful, comment: input.comment, lang });
    await audit({
      action: 'article.feedback',
      target: `article:${input.article}`,
      inputs: { helpful: input.helpful, commentLength: vote.comment?.length ?? 0 },
      outcome: 'ok',
    });
    return { vote };
  },
});
