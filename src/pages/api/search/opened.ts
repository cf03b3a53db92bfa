import { searchStrings } from '../../../i18n/search';
import { recordOpen } from '../../../search/insights/record-open';
import { recordingBudget } from '../../../search/insights/rate-limit';
import { searchOpenInput } from '../../../search/insights/input';
import { definePublicEndpoint } from '../../../server/endpoint';
import { HttpError } from '../../../server/http-error';
import { clientAddress } from '../../../server/client';

export const prerender = false;

/**
 * POST /api/search/opened: the search dialog records that a result of a query was opened. Only
 * counts on a query already recorded today (never adds a row); bounded like /api/search/queries.
 * Answers 204.
 */
export const POST = definePublicEndpoint({
  action: 'search.opened',
  body: { json: searchOpenInput, maxBytes: 1024 },
  handler: async ({ api, db, body }) => {
    if (!recordingBudget.take(clientAddress(api))) throw new HttpError(429, searchStrings.l('insights.tooMany'));
    await recordOpen(db, { query: body.q, lang: body.lang });
    return new Response(null, { status: 204 });
  },
});
