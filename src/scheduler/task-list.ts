import { asc } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { graceSec } from '../checks/definitions/scheduler-status';

/** `overdue`: past interval + grace; `never`: no run yet (but not overdue); `manual`: automatic run off. */
export type TaskState = 'on-time' | 'overdue' | 'never' | 'manual';

/** A task as the scheduler screen shows it: never its token, only whether it has one. */
export interface TaskRow {
  id: number;
  name: string;
  source: 'external' | 'internal';
  automatic: boolean;
  intervalSec: number;
  /** Interval plus grace: past it the task is overdue (the scheduler-status check's rule). */
  allowedSec: number;
  lastRunAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** The last error happened after the last run (the task has not recovered from it). */
  errorCurrent: boolean;
  state: TaskState;
  hasToken: boolean;
  demoSimulated: boolean;
}

/** Every scheduled task (external services and our own pg-boss schedules) with its state at `now`. */
export async function listTasks(db: Db, now: Date): Promise<TaskRow[]> {
  const rows = await db.select().from(scheduledTasks).orderBy(asc(scheduledTasks.source), asc(scheduledTasks.name));
  return rows.map((t) => {
    const allowedSec = t.intervalSec + graceSec(t.intervalSec);
    // The same rule as the scheduler-status check: a task that never ran is measured from when it was registered.
    const idleSec = (now.getTime() - (t.lastRunAt ?? t.createdAt).getTime()) / 1000;
    const state: TaskState = !t.automatic ? 'manual' : idleSec > allowedSec ? 'overdue' : t.lastRunAt ? 'on-time' : 'never';
    return {
      id: t.id,
      name: t.name,
      source: t.source,
      automatic: t.automatic,
      intervalSec: t.intervalSec,
      allowedSec,
      lastRunAt: t.lastRunAt?.toISOString() ?? null,
      lastError: t.lastError,
      lastErrorAt: t.lastErrorAt?.toISOString() ?? null,
      errorCurrent: Boolean(t.lastError && t.lastErrorAt && (!t.lastRunAt || t.lastErrorAt >= t.lastRunAt)),
      state,
      hasToken: t.tokenHash !== null,
      demoSimulated: t.demoSimulated,
    };
  });
}
