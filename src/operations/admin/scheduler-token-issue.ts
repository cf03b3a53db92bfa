import { z } from 'zod';
import { messages } from '../../i18n/messages';
import { issueHeartbeatToken } from '../../scheduler/tokens';
import { HttpError } from '../../server/http-error';
import { dbId } from '../../server/input';
import { defineOperation } from '../../server/operation';

/**
 * Issues or rotates a scheduled task's heartbeat token. The token is in this answer only; the
 * previous one stops working at once. Audited (never the token). Needs admin:settings.
 */
export const schedulerTokenIssue = defineOperation({
  action: 'scheduler.token.issue',
  permission: 'admin:settings',
  input: z.object({
    /** The scheduled task's id. */
    id: dbId(),
  }),
  handler: async ({ db, input, audit }) => {
    const token = await issueHeartbeatToken(db, input.id);
    await audit({ action: 'scheduler.token.issue', target: `scheduled-task:${input.id}`, outcome: token ? 'ok' : 'not-found' });
    if (!token) throw new HttpError(404, messages.notFound);
    return { token };
  },
});
