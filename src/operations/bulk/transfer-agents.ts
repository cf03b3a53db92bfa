import { z } from 'zod';
import { agentsWithLoad } from '@/bulk/attendance-transfer/agents';
import { transferText } from '@/i18n/attendance-transfer';
import { dbId, text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The agents a transfer may target: a service's active agents with their current load and capacity
 * (for reference only). Needs manage:attendance-transfer and the service in the caller's scope.
 */
export const transferAgents = defineOperation({
  action: 'bulk.attendance-transfer.agents',
  permission: 'manage:attendance-transfer',
  input: z.object({
    /** The service whose active agents are listed (in the caller's scope). */
    serviceId: dbId(),
    /** Part of the agent's name or e-mail. Default: any. */
    q: text(80).trim().optional(),
  }),
  handler: async ({ db, input, requireService }) => {
    await requireService(input.serviceId, transferText.badService);
    return { agents: await agentsWithLoad(db, input.serviceId, { q: input.q }) };
  },
});
