import { searchStrings } from '@/i18n/search';
import { recordOpen } from '@/search/insights/record-open';
import { recordingBudget } from '@/search/insights/rate-limit';
import { searchOpenInput } from '@/search/insights/input';
import { defineEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';

export const prerender = false;

/**
 * POST /api/search/opened: the search dialog records that a result of a query was opened. Signed-in
 * callers only, like /api/search/queries (see why there); only counts on a query already recorded
 * today (never adds a row); the same per-account budget. Answers 204.
 */
export const POST = defineEndpoint({
  action: 'search.opened',
  permission: null,
  body: { json: searchOpenInput, maxBytes: 1024 },
  handler: async ({ user, db, body }) => {
    if (!recordingBudget.take(`user:${user.id}`)) throw new HttpError(429, searchStrings.l('insights.tooMany'));
    await recordOpen(db, { query: body.q, lang: body.lang });
    return new Response(null, { status: 204 });
  },
});
