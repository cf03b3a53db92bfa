import { z } from 'zod';
import { getCheck } from '@/checks/registry';
import { recentRuns } from '@/checks/recent-runs';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { pageSize, text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * A check's latest stored runs, newest first, for "last run" and the history charts; runs on
 * records outside the caller's services are left out. Needs the check's own permission (404 for an
 * unknown id).
 */
export const checkHistory = defineOperation({
  action: 'check.history',
  permission: (input) => getCheck(input.id)?.permission ?? null,
  input: z.object({
    /** The check's id (catalog ids are short kebab-case names). */
    id: text(64),
    /** How many runs, 1–200. Default 30. */
    limit: pageSize(200, 30),
  }),
  handler: async ({ db, input, scope }) => {
    const def = getCheck(input.id);
    if (!def) throw new HttpError(404, messages.unknownCheck);
    return { runs: await recentRuns(db, def, await scope(), input.limit) };
  },
});
