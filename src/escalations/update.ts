import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import { getCheck } from '../checks/registry';
import { runCheck, type RunRecord } from '../checks/runner';
import type { Db } from '../db/client';
import { checkRuns, escalationEvents, escalationRuns, escalations, type Escalation } from '../db/schema';
import { escalationStrings } from '../i18n/escalations';
import { messages } from '../i18n/messages';
import { fieldErrors } from '../server/field-errors';
import type { Lang } from '../i18n/ui';
import { HttpError } from '../server/http-error';
import { assigneesFor } from './assignees';
import { visibleEscalation } from './visibility';

/** Adds a plain-text internal note (any viewer of the record). */
export async function addNote(db: Db, id: string, viewer: SessionUser, scope: Scope, text: string): Promise<void> {
  const { row } = await visibleEscalation(db, id, viewer, scope);
  await db.transaction(async (tx) => {
    await tx.insert(escalationEvents).values({ escalationId: row.id, kind: 'note', authorId: viewer.id, text });
    await tx
      .update(escalations)
      .set({ updatedAt: sql`now()` })
      .where(eq(escalations.id, row.id));
  });
}

/**
 * Re-runs an attached run's check with its stored input, as the viewer (its own permission: 403
 * without it; its own scope: the check refuses a record outside it). The new run is attached as a
 * re-run of the old one; then and now are returned.
 */
export async function rerunAttached(
  db: Db,
  id: string,
  runId: number,
  viewer: SessionUser,
  scope: Scope,
  lang: Lang,
  ip: string,
): Promise<{ then: { status: string; summary: unknown; findings: unknown; at: string }; now: RunRecord }> {
  const { row } = await visibleEscalation(db, id, viewer, scope);
  const [old] = await db
    .select({
      checkId: checkRuns.checkId,
      input: checkRuns.input,
      status: checkRuns.status,
      summary: checkRuns.summary,
      findings: checkRuns.findings,
      at: checkRuns.at,
    })
    .from(escalationRuns)
    .innerJoin(checkRuns, eq(checkRuns.id, escalationRuns.checkRunId))
    .where(and(eq(escalationRuns.escalationId, row.id), eq(escalationRuns.checkRunId, runId)))
    .limit(1);
  if (!old) throw new HttpError(404, escalationStrings.l('runNotAttached'));
  const def = getCheck(old.checkId);
  if (!def) throw new HttpError(404, messages.unknownCheck);
  if (!viewer.permissions.includes(def.permission)) throw new HttpError(403, messages.forbidden);
  const parsed = def.input.safeParse(old.input ?? {});
  if (!parsed.success) throw new HttpError(400, messages.badRequest, { fields: fieldErrors(parsed.error, lang) });
  const result = await runCheck(def, { db, user: viewer, input: parsed.data, ip });
  await db.transaction(async (tx) => {
    await tx.insert(escalationRuns).values({ escalationId: row.id, checkRunId: result.runId, origin: 'rerun', rerunOf: runId, byId: viewer.id });
    await tx.insert(escalationEvents).values({
      escalationId: row.id,
      kind: 'rerun',
      authorId: viewer.id,
      details: { checkId: def.id, runId: result.runId, rerunOf: runId, status: result.status, then: old.status },
    });
    await tx
      .update(escalations)
      .set({ updatedAt: sql`now()` })
      .where(eq(escalations.id, row.id));
  });
  return { then: { status: old.status, summary: old.summary, findings: old.findings, at: old.at.toISOString() }, now: result };
}

export type StatusChange = { status: Escalation['status']; assigneeId?: number; kbOutcome?: 'covered' | 'gap' | 'wrong' };

const allowed: Record<Escalation['status'], Escalation['status'][]> = {
  open: ['taken', 'resolved', 'cancelled'],
  taken: ['open', 'taken', 'resolved', 'cancelled'],
  resolved: ['open'],
  cancelled: ['open'],
};

/**
 * Moves the record: open → taken (by the taker, or `assigneeId`) → resolved (with `kbOutcome`) or
 * cancelled; resolved or cancelled → open again. Managers (admin:all-services, a supervisor whose
 * services cover it) may do all; the assignee may release or resolve; the creator may cancel.
 * Anything else is a 403; an impossible move a 409; an assignee the viewer may not pass it to
 * (assigneesFor) a 400; nothing saved on a refusal. Returns whom it was passed to, when that is
 * someone other than the viewer (they hear of it).
 */
export async function changeStatus(db: Db, id: string, viewer: SessionUser, scope: Scope, change: StatusChange): Promise<{ passedTo: number | null }> {
  const { row, manages } = await visibleEscalation(db, id, viewer, scope);
  const to = change.status;
  if (change.kbOutcome && to !== 'resolved') throw new HttpError(400, escalationStrings.l('outcomeOnlyOnResolve'));
  if (to === 'resolved' && !change.kbOutcome) throw new HttpError(400, escalationStrings.l('outcomeNeeded'));
  const isAssignee = row.assigneeId === viewer.id;
  const isCreator = row.createdBy === viewer.id;
  const may =
    manages ||
    (to === 'cancelled' && isCreator) ||
    (isAssignee && (to === 'resolved' || to === 'open') && row.status === 'taken') ||
    (to === 'taken' && change.assigneeId === undefined && isAssignee);
  if (!may) throw new HttpError(403, escalationStrings.l('notAllowed'));
  if (!allowed[row.status].includes(to)) throw new HttpError(409, escalationStrings.l('badTransition'));
  let assigneeId = row.assigneeId;
  if (to === 'taken') {
    assigneeId = change.assigneeId ?? viewer.id;
    if (assigneeId !== viewer.id && !(await assigneesFor(db, row.id, viewer, scope)).some((u) => u.id === assigneeId))
      throw new HttpError(400, escalationStrings.l('badAssignee'));
  }
  if (to === 'open' && row.status === 'taken') assigneeId = null;
  // Whoever resolves a record nobody had taken is the one who handled it.
  if (to === 'resolved' && assigneeId === null) assigneeId = viewer.id;
  await db.transaction(async (tx) => {
    await tx
      .update(escalations)
      .set({
        status: to,
        assigneeId,
        kbOutcome: to === 'resolved' ? change.kbOutcome! : null,
        resolvedAt: to === 'resolved' ? sql`now()` : null,
        updatedAt: sql`now()`,
      })
      .where(eq(escalations.id, row.id));
    if (assigneeId !== row.assigneeId && assigneeId !== null)
      await tx.insert(escalationEvents).values({ escalationId: row.id, kind: 'assigned', authorId: viewer.id, details: { assigneeId } });
    if (to !== row.status)
      await tx
        .insert(escalationEvents)
        .values({ escalationId: row.id, kind: 'status', authorId: viewer.id, details: { status: to, kbOutcome: change.kbOutcome ?? null } });
  });
  return { passedTo: assigneeId !== row.assigneeId && assigneeId !== null && assigneeId !== viewer.id ? assigneeId : null };
}
