import { articleFeedbackVote } from '../operations/articles/feedback-vote';
import { operationAction } from '../server/operation-action';

/** The article widgets' operations (`actions.articles.feedback`). */
export const articlesActions = {
  /** "Este artigo ajudou?": the caller's vote (see `articleFeedbackVote`). */
  feedback: operationAction(articleFeedbackVote),
};
