import { and, desc, eq } from 'drizzle-orm';
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
