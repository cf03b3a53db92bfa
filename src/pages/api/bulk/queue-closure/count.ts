import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readQuery, refuseOutOfScope } from '../../../../bulk/http-input';
import { countQueued } from '../../../../bulk/queue-closure/request-closure';
import { closureText } from '../../../../i18n/queue-closure';

export const prerender = false;

const query = z.object({
  /** The service whose queue is counted. */
  serviceId: z.coerce.number().int().positive(),
});

/** GET /api/bulk/queue-closure/count: how many attendances are queued in the service now (the search dialog; nothing written). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:queue-closure');
  if (user instanceof Response) return user;
  const q = readQuery(ctx, query);
  if (q instanceof Response) return q;
  const { db } = (await getRuntime()).handle;
  const refused = await refuseOutOfScope(ctx, db, user, q.serviceId, 'bulk.queue-closure.count', closureText.badService);
  if (refused) return refused;
  return Response.json({ serviceId: q.serviceId, queued: await countQueued(db, q.serviceId) });
};
