import type { APIContext } from 'astro';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { scheduledTasks } from '@/db/schema';
import { messages } from '@/i18n/messages';
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
 * This is the one endpoint authenticated by a per-service token instead of a session.
 */
export const POST = definePublicEndpoint({
  action: 'scheduler.heartbeat',
  authenticate: taskOf,
  body: { json: body, maxBytes: 8_000 },
  handler: async ({ db, body: b, caller: task }) => {
    const now = new Date();
    await db
      .update(scheduledTasks)
      .set(b.ok ? { lastRunAt: now, updatedAt: now } : { lastRunAt: now, lastError: b.error ?? 'error', lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.id, task.id));
    return { task: task.name, at: now.toISOString() };
  },
});
