import { z } from 'zod';
import { insightsReport } from '../../../search/insights/report';
import { defineEndpoint } from '../../../server/endpoint';
import { pageSize } from '../../../server/input';

export const prerender = false;

/**
 * GET /api/search/insights: the queries of the last 90 days that found nothing and those whose
 * results nobody opened (admin:audit: like the audit trail, it is a record of what people did on
 * the site, read-only; admin:settings is for changing configuration).
 */
export const GET = defineEndpoint({
  action: 'search.insights',
  permission: 'admin:audit',
  query: z.object({
    /** Only searches made from `pt-BR` or `en` pages; default both. (`lang` names the answer's language.) */
    language: z.enum(['pt-BR', 'en']).optional(),
    /** Rows of each list, 1–500. Default 100. */
    limit: pageSize(500, 100),
  }),
  handler: async ({ db, query }) => insightsReport(db, { lang: query.language, limit: query.limit }),
});
