import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { escalations } from '../db/schema';
import { coveredBy, visibleTo } from './visibility';

export const escalationViews = ['mine', 'assigned', 'open'] as const;
export type EscalationListView = (typeof escalationViews)[number];

/**
 * One page of escalations the viewer may see, newest first: `mine` (opened by the viewer),
 * `assigned` (assigned to the viewer), `open` (open or taken, on the viewer's services: every one
 * for admin:all-services, those the supervisor's services cover; a viewer with no services sees
 * only its own).
 */
export async function listEscalations(db: Db, viewer: Pick<SessionUser, 'id'>, scope: Scope, view: EscalationListView, limit: number) {
  const where =
    view === 'mine'
      ? eq(escalations.createdBy, viewer.id)
      : view === 'assigned'
        ? eq(escalations.assigneeId, viewer.id)
        : and(inArray(escalations.status, ['open', 'taken']), visibleTo(viewer, scope));
  return db
    .select({
      id: escalations.id,
      createdAt: escalations.createdAt,
      status: escalations.status,
      article: escalations.article,
      symptom: escalations.symptom,
      target: escalations.target,
      kbOutcome: escalations.kbOutcome,
    })
    .from(escalations)
    .where(where)
    .orderBy(desc(escalations.createdAt), desc(escalations.id))
    .limit(limit);
}

/**
 * The open (or taken) escalations on the viewer's services, for the header badge: 0 without a
 * scope (no query at all for a plain agent). One indexed count.
 */
export async function openCount(db: Db, scope: Scope): Promise<number> {
  if (!scope.all && !scope.serviceIds.length) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(escalations)
    .where(and(inArray(escalations.status, ['open', 'taken']), coveredBy(scope)));
  return Number(row?.n ?? 0);
}
