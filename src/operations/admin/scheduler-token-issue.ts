import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fieldChanges } from '@/audit/changes';
import { scheduledTasks } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { issueHeartbeatToken } from '@/scheduler/tokens';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Issues or rotates a scheduled task's heartbeat token. The token is in this answer only; the
 * previous one stops working at once; 409 for one of our own jobs (source `internal`). Audited (never
 * the token). Needs admin:settings.
 */
export const schedulerTokenIssue = defineOperation({
  action: 'scheduler.token.issue',
  permission: 'admin:settings',
  input: z.object({
    /** The scheduled task's id. */
    id: dbId(),
  }),
  handler: async ({ db, input, audit }) => {
    const [before] = await db.select({ demoSimulated: scheduledTasks.demoSimulated }).from(scheduledTasks).where(eq(scheduledTasks.id, input.id));
    const issued = await issueHeartbeatToken(db, input.id);
    const refused = issued === 'internal';
    await audit({
      action: 'scheduler.token.issue',
      target: `scheduled-task:${input.id}`,
      outcome: issued === 'not-found' ? 'not-found' : refused ? 'denied' : 'ok',
      // The token only as changed; a demo task stops being simulated.
      ...(typeof issued === 'object' && before
        ? { details: { changes: fieldChanges({ demoSimulated: before.demoSimulated }, { demoSimulated: false }, { token: true }) } }
        : {}),
    });
    if (issued === 'not-found') throw new HttpError(404, messages.notFound);
    // Our own jobs report their own runs and never take a token.
    if (refused) throw new HttpError(409, messages.internalTask);
    return { token: issued.token };
  },
});
