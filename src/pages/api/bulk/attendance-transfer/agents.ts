import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readQuery, refuseOutOfScope } from '../../../../bulk/http-input';
import { agentsWithLoad } from '../../../../bulk/attendance-transfer/agents';
import { transferText } from '../../../../i18n/attendance-transfer';

export const prerender = false;

const query = z.object({
  /** The service whose active agents are listed. */
  serviceId: z.coerce.number().int().positive(),
  /** Part of the agent's name or e-mail. Default: any. */
  q: z.string().trim().max(80).optional(),
});

/** GET /api/bulk/attendance-transfer/agents: target agents of a service with current load and capacity (reference only). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:attendance-transfer');
  if (user instanceof Response) return user;
  const q = readQuery(ctx, query);
  if (q instanceof Response) return q;
  const { db } = (await getRuntime()).handle;
  const refused = await refuseOutOfScope(ctx, db, user, q.serviceId, 'bulk.attendance-transfer.agents', transferText.badService);
  if (refused) return refused;
  return Response.json({ agents: await agentsWithLoad(db, q.serviceId, { q: q.q }) });
};
