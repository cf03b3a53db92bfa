import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint, jsonError } from '../../../auth/guard';
import { getRuntime } from '../../../server/runtime';
import { now, setTestClock, testClockEnabled } from '../../../server/clock';
import { REVERT_QUEUE } from '../../../bulk/user-migration/schedule';
import { audit } from '../../../audit/record';

export const prerender = false;

const body = z.object({
  /** ISO date-time to move the app's clock to (forward only). */
  to: z.iso.datetime({ offset: true }),
});

/**
 * POST /api/test/clock: browser tests only (404 unless OMNI_TEST_CLOCK=1; admin:settings). Moves
 * the app's clock forward and fires the nightly return job, as the cron would at that moment.
 */
export const POST: APIRoute = async (ctx) => {
  if (!testClockEnabled()) return jsonError(ctx, 404, 'notFound');
  const user = guardEndpoint(ctx, 'admin:settings');
  if (user instanceof Response) return user;
  const b = body.safeParse(await ctx.request.json().catch(() => null));
  if (!b.success || new Date(b.data.to) < now()) return jsonError(ctx, 400, 'badRequest');
  setTestClock(new Date(b.data.to));
  const rt = await getRuntime();
  await audit(rt.handle.db, { actor: user, action: 'test.clock', inputs: b.data, outcome: 'ok' });
  const jobId = await rt.jobs.boss.send(REVERT_QUEUE, {});
  return Response.json({ now: now().toISOString(), jobId });
};
