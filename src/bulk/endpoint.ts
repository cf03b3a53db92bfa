import type { APIContext } from 'astro';
import { z } from 'zod';
import type { PgBoss } from 'pg-boss';
import { guardEndpoint, jsonError } from '../auth/guard';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import type { BulkRequest } from '../db/schema';
import { getRuntime } from '../server/runtime';
import { canAccessBulkRequest } from './access';
import { getBulkRequest } from './requests';

/** Route params of /api/bulk/<id>/…: a request id is a UUID. */
const params = z.object({
  /** The bulk request's id (UUID). */
  id: z.uuid(),
});

export interface LoadedRequest {
  db: Db;
  boss: PgBoss;
  user: SessionUser;
  request: BulkRequest;
}

/**
 * Shared guard of the /api/bulk/<id>/ endpoints: 401 signed out, 400 malformed id, 404 unknown,
 * 403 when the caller is not the requester, an admin, or a supervisor of the request's service.
 */
export async function loadAccessibleRequest(ctx: APIContext): Promise<LoadedRequest | Response> {
  const user = guardEndpoint(ctx, null);
  if (user instanceof Response) return user;
  const p = params.safeParse(ctx.params);
  if (!p.success) return jsonError(ctx, 400, 'badRequest');
  const rt = await getRuntime();
  const request = await getBulkRequest(rt.handle.db, p.data.id);
  if (!request) return jsonError(ctx, 404, 'notFound');
  if (!(await canAccessBulkRequest(rt.handle.db, user, request))) return jsonError(ctx, 403, 'forbidden');
  return { db: rt.handle.db, boss: rt.jobs.boss, user, request };
}
