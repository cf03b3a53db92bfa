import { and, desc, eq, sql } from 'drizzle-orm';
import { redact } from '../audit/record';
import type { Scope } from '../auth/scope';
import type { Db } from '../db/client';
import { checkRuns } from '../db/schema';
import type { CheckDefinition } from './types';
import { runScope } from './run-scope';

/**
 * The latest stored runs of a check, newest first, that the caller's `scope` may see: a run on a
 * record of a service outside it is left out (see runScope).
 */
export async function recentRuns(db: Db, def: { id: string; fields: CheckDefinition['fields'] }, scope: Scope, limit = 30) {
  return db
    .select({ status: checkRuns.status, durationMs: checkRuns.durationMs, at: checkRuns.at, summary: checkRuns.summary, findings: checkRuns.findings })
    .from(checkRuns)
    .where(and(eq(checkRuns.checkId, def.id), runScope(def, scope)))
    .orderBy(desc(checkRuns.at))
    .limit(limit);
}

/**
 * The latest stored run of a check made with exactly `input` (already parsed by the check's schema;
 * compared redacted, as stored) that the caller's `scope` may see, or undefined. A live-check widget
 * shows only this: a run for another record (the dashboard's sweep of another queue) is not its
 * result.
 */
export async function lastRunWithInput(db: Db, def: { id: string; fields: CheckDefinition['fields'] }, scope: Scope, input: unknown) {
  const stored = JSON.stringify(redact(input ?? {}));
  const [row] = await db
    .select({ status: checkRuns.status, durationMs: checkRuns.durationMs, at: checkRuns.at, summary: checkRuns.summary, findings: checkRuns.findings })
    .from(checkRuns)
    .where(and(eq(checkRuns.checkId, def.id), runScope(def, scope), sql`coalesce(${checkRuns.input}, '{}'::jsonb) = ${stored}::jsonb`))
    .orderBy(desc(checkRuns.at))
    .limit(1);
  return row;
}
