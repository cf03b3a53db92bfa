import type { APIRoute } from 'astro';
import { desc, lt } from 'drizzle-orm';
import { z } from 'zod';
import { guardEndpoint, jsonError } from '../../auth/guard';
import { getRuntime } from '../../server/runtime';
import { auditRecords } from '../../db/schema';

export const prerender = false;

const query = z.object({
  /** Records older than this id (the previous page's last id). */
  before: z.coerce.number().int().positive().optional(),
  /** Page size, 1–200. Default 50. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** GET /api/audit: the audit trail, newest first (admin:audit). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'admin:audit');
  if (user instanceof Response) return user;
  const q = query.safeParse(Object.fromEntries(ctx.url.searchParams));
  if (!q.success) return jsonError(ctx, 400, 'badRequest', { fields: z.flattenError(q.error).fieldErrors });
  const { db } = (await getRuntime()).handle;
  const rows = await db
    .select()
    .from(auditRecords)
    .where(q.data.before ? lt(auditRecords.id, q.data.before) : undefined)
    .orderBy(desc(auditRecords.id))
    .limit(q.data.limit);
  return Response.json({ records: rows });
};
