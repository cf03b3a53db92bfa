import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import { registeredChecks } from '../checks/registry';
import { runScope } from '../checks/run-scope';
import type { CheckDefinition } from '../checks/types';
import type { Db } from '../db/client';
import { checkRuns, escalations, type Escalation } from '../db/schema';
import { messages } from '../i18n/messages';
import { HttpError } from '../server/http-error';
import { escalationIdPattern } from './id';

/** The kinds of input fields that pick a service-owned record (see runScope). */
const recordKinds = new Set(['user', 'service', 'queue', 'mailbox']);

/** SQL over check_runs: the run names at least one service-owned record, and all it names are in `scope`. */
export function runCoveredBy(def: Pick<CheckDefinition, 'id' | 'fields'>, scope: Scope): SQL | undefined {
  const fields = def.fields.filter((f) => recordKinds.has(f.kind));
  if (!fields.length) return undefined;
  const present = sql.join(
    fields.map((f) => sql`(${checkRuns.input} -> ${f.name}) is not null`),
    sql` or `,
  );
  const inScope = runScope(def, scope) ?? sql`true`;
  return sql`(${checkRuns.checkId} = ${def.id} and (${present}) and ${inScope})`;
}

/**
 * SQL over escalations: the record is visible to `user` with `scope`. Its creator and assignee,
 * holders of admin:all-services, and supervisors whose services cover the attendance's service
 * or a record one of the agent's attached runs names. Checked again at every read.
 */
export function visibleTo(user: Pick<SessionUser, 'id'>, scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const own = sql`(${escalations.createdBy} = ${user.id} or ${escalations.assigneeId} = ${user.id})`;
  return scope.serviceIds.length ? sql`(${own} or ${coveredBy(scope)})` : own;
}

/** SQL over escalations: a supervisor's services cover it (the attendance's service or an attached run's record). */
export function coveredBy(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  if (!scope.serviceIds.length) return sql`false`;
  const covers = registeredChecks.map((d) => runCoveredBy(d, scope)).filter((s): s is SQL => Boolean(s));
  const byRun = covers.length
    ? sql`exists (select 1 from escalation_runs esc_r join check_runs on check_runs.id = esc_r.check_run_id
        where esc_r.escalation_id = ${escalations.id} and esc_r.origin = 'agent' and (${sql.join(covers, sql` or `)}))`
    : sql`false`;
  return sql`((${escalations.serviceId} is not null and ${scope.services(escalations.serviceId)}) or ${byRun})`;
}

/** What the viewer may do on a record it sees. */
export interface Access {
  row: Escalation;
  /** admin:all-services, or a supervisor whose services cover the record: take, assign, resolve, reopen, cancel. */
  manages: boolean;
}

/**
 * The escalation `id` as `user` may see it, or the same 404 as a missing one (a malformed id, an
 * unknown one, one the user may not see: no difference in answer).
 */
export async function visibleEscalation(db: Db, id: string, user: Pick<SessionUser, 'id'>, scope: Scope): Promise<Access> {
  if (!escalationIdPattern.test(id)) throw new HttpError(404, messages.notFound);
  const [found] = await db
    .select({ row: escalations, manages: sql<boolean>`${coveredBy(scope)}` })
    .from(escalations)
    .where(and(eq(escalations.id, id), visibleTo(user, scope)))
    .limit(1);
  if (!found) throw new HttpError(404, messages.notFound);
  return { row: found.row, manages: Boolean(found.manages) };
}
