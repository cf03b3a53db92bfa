import { desc, lt } from 'drizzle-orm';
import { z } from 'zod';
import { auditRecords } from '@/db/schema';
import { defineEndpoint } from '@/server/endpoint';
import { pageSize } from '@/server/input';

export const prerender = false;

/** GET /api/audit: the audit trail, newest first (admin:audit). */
export const GET = defineEndpoint({
  action: 'audit.list',
  permission: 'admin:audit',
  query: z.object({
    /** Records older than this id (the previous page's last id). Default: the newest. */
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    /** Page size, 1–200. Default 50. */
    limit: pageSize(200, 50),
  }),
  handler: async ({ db, query }) => {
    const rows = await db
      .select()
      .from(auditRecords)
      .where(query.before ? lt(auditRecords.id, query.before) : undefined)
      .orderBy(desc(auditRecords.id))
      .limit(query.limit);
    return { records: rows };
  },
});
