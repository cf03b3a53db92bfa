import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../auth/guard';
import { managedServiceIds } from '../../../auth/session';
import { getRuntime } from '../../../server/runtime';
import { readQuery } from '../../../bulk/http-input';
import { historyPage, historyQuery } from '../../../reports/interaction-history';

export const prerender = false;

/** GET /api/reports/interaction-history: one keyset page of history events (module:report-builder:view; services in scope). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'module:report-builder:view');
  if (user instanceof Response) return user;
  const q = readQuery(ctx, historyQuery);
  if (q instanceof Response) return q;
  const { db } = (await getRuntime()).handle;
  return Response.json(await historyPage(db, q, await managedServiceIds(db, user)));
};
