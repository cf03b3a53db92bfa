import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { jsonError } from '../../../auth/guard';
import { fieldErrors } from '../../../checks/input-errors';
import { scheduledTasks } from '../../../db/schema';
import { requestLang } from '../../../i18n/request-lang';
import { bearer, taskForToken } from '../../../scheduler/tokens';
import { getRuntime } from '../../../server/runtime';

export const prerender = false;

const body = z.object({
  /** Whether the run succeeded. Default true. */
  ok: z.boolean().default(true),
  /** What went wrong, when `ok` is false (kept as the task's last error). */
  error: z.string().trim().min(1).max(2000).optional(),
});

/**
 * POST /api/scheduler/heartbeat with `Authorization: Bearer <task token>`: an external service
 * reports one run (`{ok: true}`) or a failed one (`{ok: false, error}`). 401 without a valid token.
 * This is the one endpoint authenticated by a per-service token instead of a session.
 */
export const POST: APIRoute = async (ctx) => {
  const token = bearer(ctx.request);
  if (!token) return jsonError(ctx, 401, 'invalidToken');
  const { db } = (await getRuntime()).handle;
  const task = await taskForToken(db, token);
  if (!task) return jsonError(ctx, 401, 'invalidToken');
  const text = await ctx.request.text();
  let raw: unknown;
  try {
    raw = text.trim() ? JSON.parse(text) : {};
  } catch {
    return jsonError(ctx, 400, 'badRequest', { fields: {} });
  }
  const parsed = body.safeParse(raw);
  if (!parsed.success) return jsonError(ctx, 400, 'badRequest', { fields: fieldErrors(parsed.error, requestLang(ctx.request)) });
  const now = new Date();
  const failed = !parsed.data.ok;
  await db
    .update(scheduledTasks)
    .set(failed ? { lastRunAt: now, lastError: parsed.data.error ?? 'error', lastErrorAt: now, updatedAt: now } : { lastRunAt: now, updatedAt: now })
    .where(eq(scheduledTasks.id, task.id));
  return Response.json({ task: task.name, at: now.toISOString() });
};
