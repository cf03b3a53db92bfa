import { z } from 'zod';
import { articleFeedbackStrings } from '../i18n/article-feedback';
import { inputMessage } from '../server/input-message';
import { text } from '../server/input';
import { MAX_COMMENT } from './limits';

/** Markup: `<` followed by a letter, `/`, `!` or `?` (a tag, a comment, a declaration). Plain text may still use "a < b". */
const MARKUP = /<\s*[a-zA-Z!/?]/;

/**
 * `POST /api/articles/feedback`: the article (its id without the language prefix), the vote, and an
 * optional plain-text comment (no NUL, no HTML, at most MAX_COMMENT characters).
 */
export const feedbackInput = z.object({
  /** The article's id, e.g. `email/emails-not-arriving` (checked against the articles in the handler). */
  article: text(200).regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, { message: inputMessage(articleFeedbackStrings.l('unknownArticle', { article: '' })) }),
  /** true: "Sim"; false: "Não". */
  helpful: z.boolean(),
  /** Optional comment (what was missing or wrong). */
  comment: z
    .string()
    .max(MAX_COMMENT, { message: inputMessage(articleFeedbackStrings.l('tooLong', { max: MAX_COMMENT })) })
    .pipe(text(MAX_COMMENT))
    .refine((s) => !MARKUP.test(s), { message: inputMessage(articleFeedbackStrings.l('html')) })
    .nullish(),
});

export type FeedbackInput = z.output<typeof feedbackInput>;
