import { z } from 'zod';
import { agentsWithLoad } from '../../../../bulk/attendance-transfer/agents';
import { transferText } from '../../../../i18n/attendance-transfer';
import { defineEndpoint } from '../../../../server/endpoint';
import { dbId, text } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** The service whose active agents are listed (in the caller's scope). */
  serviceId: dbId(),
  /** Part of the agent's name or e-mail. Default: any. */
  q: text(80).trim().optional(),
});

/** GET /api/bulk/attendance-transfer/agents: target agents of a service with current load and capacity (reference only). */
export const GET = defineEndpoint({
  action: 'bulk.attendance-transfer.agents',
  permission: 'manage:attendance-transfer',
  query,
  handler: async ({ db, query: q, requireService }) => {
    await requireService(q.serviceId, transferText.badService);
    return { agents: await agentsWithLoad(db, q.serviceId, { q: q.q }) };
  },
});
