import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { getCheck } from '../checks/registry';
import type { CheckStatus } from '../checks/types';
import type { Db } from '../db/client';
import { checkRuns } from '../db/schema';
import type { Lang } from '../i18n/ui';
import { now } from '../server/clock';
import { articleFacts } from './articles';
import { RUN_MAX_AGE_MS } from './create';

/** A run the escalation form may attach. */
export interface RunChoice {
  runId: number;
  title: string;
  status: CheckStatus;
  summary: string;
  at: string;
}

/**
 * The user's own runs of the article's checks in the last 2 hours, newest first (at most 20), in
 * `lang`: what may be attached when escalating (the form keeps those of its browser tab).
 */
export async function ownRecentRuns(db: Db, user: Pick<SessionUser, 'id'>, article: string, lang: Lang): Promise<RunChoice[]> {
  const facts = await articleFacts(article);
  if (!facts?.checks.length) return [];
  const rows = await db
    .select({ id: checkRuns.id, checkId: checkRuns.checkId, status: checkRuns.status, summary: checkRuns.summary, at: checkRuns.at })
    .from(checkRuns)
    .where(and(eq(checkRuns.runBy, user.id), inArray(checkRuns.checkId, facts.checks), gte(checkRuns.at, new Date(now().getTime() - RUN_MAX_AGE_MS))))
    .orderBy(desc(checkRuns.at))
    .limit(20);
  return rows.map((r) => ({
    runId: r.id,
    title: getCheck(r.checkId)?.title[lang] ?? r.checkId,
    status: r.status,
    summary: r.summary[lang],
    at: r.at.toISOString(),
  }));
}
