import type { APIRoute } from 'astro';
import { guardEndpoint, jsonError } from '../../../../../auth/guard';
import { audit } from '../../../../../audit/record';
import { issueHeartbeatToken } from '../../../../../scheduler/tokens';
import { getRuntime } from '../../../../../server/runtime';

export const prerender = false;

/**
 * POST /api/scheduler/tasks/<id>/token (admin:settings): issues or rotates the task's heartbeat
 * token. The token is in this response only; the previous one stops working at once.
 */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'admin:settings');
  if (user instanceof Response) return user;
  const id = Number(ctx.params.id);
  if (!Number.isInteger(id) || id <= 0) return jsonError(ctx, 404, 'notFound');
  const { db } = (await getRuntime()).handle;
  const token = await issueHeartbeatToken(db, id);
  await audit(db, { actor: user, action: 'scheduler.token.issue', target: `scheduled-task:${id}`, outcome: token ? 'ok' : 'not-found', ip: ctx.clientAddress });
  if (!token) return jsonError(ctx, 404, 'notFound');
  return Response.json({ token });
};
