import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { scheduledTasks } from '@/db/schema';

/** Name of the external service that hands queued chats to operators. */
export const CHAT_DISTRIBUTOR = 'Omni - Chat Distributor';

/** Slack past the interval before a heartbeat counts as overdue: the interval again, at least 30 s. */
export const graceSec = (intervalSec: number) => Math.max(30, intervalSec);

export type HeartbeatState =
  | { state: 'missing' }
  | {
      state: 'manual' | 'never' | 'overdue' | 'on-time';
      name: string;
      id: number;
      intervalSec: number;
      ageSec: number | null;
      lastError: string | null;
      errorAfterRun: boolean;
    };

/** Reads a scheduled task by name and says whether its last run is within interval + grace of `now`. */
export async function readHeartbeat(db: Db, name: string, now: Date): Promise<HeartbeatState> {
  const [task] = await db.select().from(scheduledTasks).where(eq(scheduledTasks.name, name));
  if (!task) return { state: 'missing' };
  const ageSec = task.lastRunAt ? Math.round((now.getTime() - task.lastRunAt.getTime()) / 1000) : null;
  const errorAfterRun = !!task.lastErrorAt && (!task.lastRunAt || task.lastErrorAt >= task.lastRunAt);
  const state = !task.automatic ? 'manual' : ageSec === null ? 'never' : ageSec > task.intervalSec + graceSec(task.intervalSec) ? 'overdue' : 'on-time';
  return { state, name: task.name, id: task.id, intervalSec: task.intervalSec, ageSec, lastError: task.lastError, errorAfterRun };
}
