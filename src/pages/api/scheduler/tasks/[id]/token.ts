import { z } from 'zod';
import { messages } from '../../../../../i18n/messages';
import { issueHeartbeatToken } from '../../../../../scheduler/tokens';
import { defineEndpoint } from '../../../../../server/endpoint';
import { HttpError } from '../../../../../server/http-error';
import { dbId } from '../../../../../server/input';

export const prerender = false;

const params = z.object({
  /** The scheduled task's id. */
  id: dbId(),
});

/**
 * POST /api/scheduler/tasks/<id>/token (admin:settings): issues or rotates the task's heartbeat
 * token. The token is in this response only; the previous one stops working at once. 409 for
 * one of our own jobs (source `internal`): they report their own runs and never take a token.
 */
export const POST = defineEndpoint({
  action: 'scheduler.token.issue',
  permission: 'admin:settings',
  params,
  handler: async ({ db, params: p, audit }) => {
    const issued = await issueHeartbeatToken(db, p.id);
    const refused = issued === 'internal';
    await audit({ action: 'scheduler.token.issue', target: `scheduled-task:${p.id}`, outcome: issued === 'not-found' ? 'not-found' : refused ? 'denied' : 'ok' });
    if (issued === 'not-found') throw new HttpError(404, messages.notFound);
    if (refused) throw new HttpError(409, messages.internalTask);
    return { token: issued.token };
  },
});
