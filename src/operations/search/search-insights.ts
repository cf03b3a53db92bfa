import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { insightsReport } from '@/search/insights/report';
import { votesByArticle } from '@/feedback/votes';
import { pageSize } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The search insights of the last 90 days: the gaps (searches with no strong result), the queries
 * whose results nobody opened, and the days whose searches were refused. Needs admin:audit (like
 * the audit trail, a read-only record of what people did on the site). `feedback`: per article, the
 * "Este artigo ajudou?" votes and the comments of "not helpful" ones (`limit` articles). `timeZone` is the
 * organization's, for showing when each query was last seen.
 */
export const searchInsights = defineOperation({
  action: 'search.insights',
  permission: 'admin:audit',
  input: z.object({
    /** Only searches made from `pt-BR` or `en` pages; default both. */
    language: z.enum(['pt-BR', 'en']).optional(),
    /** Rows of each list, 1–500. Default 100. */
    limit: pageSize(500, 100),
  }),
  handler: async ({ db, input }) => ({
    ...(await insightsReport(db, { lang: input.language, limit: input.limit })),
    feedback: await votesByArticle(db, { limit: input.limit, lang: input.language }),
    timeZone: (await organizationInfo(db)).timeZone,
  }),
});
