import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks, type ScheduledTask } from '../db/schema';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Issues (or rotates) the heartbeat token of a task that reports from outside: `st.<taskId>.<random>`.
 * Only its SHA-256 is stored; the token is returned once. A task the demo simulates stays simulated
 * until the first heartbeat with the token (recordHeartbeat): issuing alone must not leave it
 * overdue before the service reports. Our own pg-boss jobs (`internal`:
 * purge-expired-sessions, purge-bulk-payloads…) report their runs themselves and get no token, or
 * anyone holding one could mark them on time while they do not run. Returns 'not-found' for an
 * unknown task and 'internal' for one of ours.
 */
export async function issueHeartbeatToken(db: Db, taskId: number): Promise<{ token: string } | 'not-found' | 'internal'> {
  const token = `st.${taskId}.${randomBytes(24).toString('base64url')}`;
  const rows = await db
    .update(scheduledTasks)
    .set({ tokenHash: sha256(token), updatedAt: new Date() })
    .where(and(eq(scheduledTasks.id, taskId), eq(scheduledTasks.source, 'external')))
    .returning({ id: scheduledTasks.id });
  if (rows.length) return { token };
  const [task] = await db.select({ id: scheduledTasks.id }).from(scheduledTasks).where(eq(scheduledTasks.id, taskId)).limit(1);
  return task ? 'internal' : 'not-found';
}

/**
 * The external task a heartbeat token belongs to, or null for an unknown, revoked or malformed
 * token, and for a token of one of our own jobs (one issued before such tokens were refused).
 */
export async function taskForToken(db: Db, token: string): Promise<ScheduledTask | null> {
  const m = /^st\.(\d{1,9})\.[A-Za-z0-9_-]{20,64}$/.exec(token);
  if (!m) return null;
  const [task] = await db
    .select()
    .from(scheduledTasks)
    .where(eq(scheduledTasks.id, Number(m[1])))
    .limit(1);
  if (!task?.tokenHash || task.source !== 'external') return null;
  const a = Buffer.from(task.tokenHash, 'hex');
  const b = Buffer.from(sha256(token), 'hex');
  return a.length === b.length && timingSafeEqual(a, b) ? task : null;
}

/** The bearer token of a request, if any. */
export function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return m ? m[1] : null;
}
