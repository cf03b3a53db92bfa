import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { kbOutcomes } from '@/escalations/kb-outcomes';
import { insightsReport } from '@/search/insights/report';
import { pageSize } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The search insights of the last 90 days: the gaps (searches with no strong result), the queries
 * whose results nobody opened, and the days whose searches were refused. Needs admin:audit (like
 * the audit trail, a read-only record of what people did on the site); with, per article, the
 * escalations resolved as a gap or an error of the article (`kbOutcomes`). `timeZone` is the
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
  handler: async ({ db, lang, input }) => ({
    ...(await insightsReport(db, { lang: input.language, limit: input.limit })),
    /** Per article, escalations resolved as a gap in it or an error of it (titles in the caller's language). */
    kbOutcomes: await kbOutcomes(db, lang),
    timeZone: (await organizationInfo(db)).timeZone,
  }),
});
