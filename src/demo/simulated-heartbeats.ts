import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';

/** How often the demo looks for a simulated service whose interval has elapsed. */
const TICK_MS = 5_000;

/**
 * Reports one run for every simulated demo service whose interval has elapsed (never more often
 * than its interval, like a real service). Returns how many it reported.
 */
export async function reportSimulatedHeartbeats(db: Db, now: Date): Promise<number> {
  const at = now.toISOString();
  const rows = await db
    .update(scheduledTasks)
    .set({ lastRunAt: now, updatedAt: now })
    .where(
      and(
        eq(scheduledTasks.demoSimulated, true),
        eq(scheduledTasks.automatic, true),
        sql`(${scheduledTasks.lastRunAt} is null or ${scheduledTasks.lastRunAt} <= ${at}::timestamptz - make_interval(secs => ${scheduledTasks.intervalSec}))`,
      ),
    )
    .returning({ id: scheduledTasks.id });
  return rows.length;
}

/**
 * The demo organization has no Omni behind it: the chat distributor, e-mail reader and report
 * scheduler it lists are marked `demo_simulated`, and this timer reports their heartbeats in their
 * place (the scheduler screen says so). The first heartbeat with a task's real token ends its
 * simulation (issuing the token alone does not, or the task would turn overdue before its service
 * reports). Outside the demo no task is simulated and nothing starts. Returns the stop function.
 */
export async function startSimulatedHeartbeats(db: Db, clock: () => Date): Promise<() => void> {
  const [any] = await db.select({ id: scheduledTasks.id }).from(scheduledTasks).where(eq(scheduledTasks.demoSimulated, true)).limit(1);
  if (!any) return () => {};
  let warned = false;
  const tick = () =>
    reportSimulatedHeartbeats(db, clock()).catch((e) => {
      if (!warned) console.warn('[demo] simulated heartbeats:', e instanceof Error ? e.message : e);
      warned = true;
    });
  await tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
