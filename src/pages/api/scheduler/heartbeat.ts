import type { APIContext } from 'astro';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { messages } from '@/i18n/messages';
import { recordHeartbeat } from '@/scheduler/record-heartbeat';
import { bearer, taskForToken } from '@/scheduler/tokens';
import { definePublicEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';
import { requiredText } from '@/server/input';

export const prerender = false;

const body = z.object({
  /** Whether the run succeeded. Default true. */
  ok: z.boolean().default(true),
  /** What went wrong, when `ok` is false (kept as the task's last error; 1–2,000 characters). */
  error: requiredText(2000).optional(),
});

/** The task whose token is in `Authorization: Bearer`, checked before the body is read; 401 otherwise. */
async function taskOf(api: APIContext, db: Db) {
  const token = bearer(api.request);
  const task = token ? await taskForToken(db, token) : null;
  if (!task) throw new HttpError(401, messages.invalidToken);
  return task;
}

/**
 * POST /api/scheduler/heartbeat with `Authorization: Bearer <task token>`: an external service
 * reports one run (`{ok: true}`) or a failed one (`{ok: false, error}`). 401 without a valid token.
 * This is the one endpoint authenticated by a per-service token instead of a session. The first one
 * of a task the demo simulated ends its simulation.
 */
export const POST = definePublicEndpoint({
  action: 'scheduler.heartbeat',
  authenticate: taskOf,
  body: { json: body, maxBytes: 8_000 },
  handler: async ({ db, body: b, caller: task }) => {
    const now = new Date();
    await recordHeartbeat(db, task.id, b, now);
    return { task: task.name, at: now.toISOString() };
  },
});
