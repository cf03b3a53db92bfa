import { transferAgents } from '@/operations/bulk/transfer-agents';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/attendance-transfer/agents: target agents of a service with load and capacity (see `transferAgents`). */
export const GET = operationRoute(transferAgents, { from: 'query' });
