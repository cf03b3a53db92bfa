import { searchStrings } from '@/i18n/search';
import { recordSearch } from '@/search/insights/record-search';
import { recordingBudget } from '@/search/insights/rate-limit';
import { searchRecordInput } from '@/search/insights/input';
import { defineEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';

export const prerender = false;

/**
 * POST /api/search/queries: the search dialog records a query (normalized), its language, how many
 * results it showed and how many of them answered it, once the person stops typing. Answers 204.
 *
 * Only signed-in searches are recorded (issue 24). Anonymous recording was the other way offered
 * (aggregated per query and day, bounded per client address and globally, a flood counter), and it
 * was refused: an anonymous recording cannot be told apart from a forged one, so any bound per
 * address either shuts out a whole contact center behind one NAT or proxy address, or lets anyone
 * with a few dozen addresses (44 did it) fill the day, and then the real queries of that day are
 * lost, counted or not. The people whose unanswered searches should become articles are the
 * organization's agents and supervisors, who have accounts; with a session, each flooder is a
 * named account with its own budget, and the sign-in throttle stands before it. The search itself
 * still works signed out; it is only not recorded. Bounds that remain: 1 KB body, a budget per
 * account, one row per day, language and query, a cap of new queries per day whose refusals are
 * counted on the insights page.
 */
export const POST = defineEndpoint({
  action: 'search.record',
  permission: null,
  body: { json: searchRecordInput, maxBytes: 1024 },
  handler: async ({ user, db, body }) => {
    if (!recordingBudget.take(`user:${user.id}`)) throw new HttpError(429, searchStrings.l('insights.tooMany'));
    await recordSearch(db, { query: body.q, lang: body.lang, results: body.results, strong: body.strong ?? body.results });
    return new Response(null, { status: 204 });
  },
});
