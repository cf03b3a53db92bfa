import { z } from 'zod';
import { ownRecentRuns } from '@/escalations/own-runs';
import { text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The caller's own runs of an article's checks in the last 2 hours → `{runs}` (the escalation form
 * reads them when it opens; the creation checks them again). Any signed-in user; an unknown article has none.
 */
export const escalationOwnRuns = defineOperation({
  action: 'escalation.own-runs',
  permission: null,
  input: z.object({
    /** The article's id without language. */
    article: text(200),
  }),
  handler: async ({ db, user, lang, input }) => ({ runs: await ownRecentRuns(db, user, input.article, lang) }),
});
