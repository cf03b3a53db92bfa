import { articleFeedbackVote } from '@/operations/articles/feedback-vote';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/articles/feedback (signed in): the caller's vote on an article (see `articleFeedbackVote`). */
export const POST = operationRoute(articleFeedbackVote, { from: 'body' });
