import { searchStrings } from '../../../i18n/search';
import { recordSearch } from '../../../search/insights/record-search';
import { recordingBudget } from '../../../search/insights/rate-limit';
import { searchRecordInput } from '../../../search/insights/input';
import { definePublicEndpoint } from '../../../server/endpoint';
import { HttpError } from '../../../server/http-error';
import { clientAddress } from '../../../server/client';

export const prerender = false;

/**
 * POST /api/search/queries: the search dialog records a query (normalized), its language and how
 * many results it showed, once the person stops typing. Anonymous (search works signed out), so it
 * is bounded: a 1 KB body, a per-address budget, one row per day, language and query, and a cap of
 * new queries per day. Answers 204.
 */
export const POST = definePublicEndpoint({
  action: 'search.record',
  body: { json: searchRecordInput, maxBytes: 1024 },
  handler: async ({ api, db, body }) => {
    if (!recordingBudget.take(clientAddress(api))) throw new HttpError(429, searchStrings.l('insights.tooMany'));
    await recordSearch(db, { query: body.q, lang: body.lang, results: body.results });
    return new Response(null, { status: 204 });
  },
});
