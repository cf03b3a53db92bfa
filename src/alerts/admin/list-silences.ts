import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertRules, alertSilences, users } from '@/db/schema';

/** At most this many silences on the screen. */
const MAX_SILENCES = 200;

/** Silences in force or planned at `at` (not ended, not past their end), soonest first, with the rule's and the author's names. */
export async function listSilences(db: Db, at: Date) {
  const rows = await db
    .select({ s: alertSilences, ruleName: alertRules.name, author: users.name })
    .from(alertSilences)
    .leftJoin(alertRules, eq(alertRules.id, alertSilences.ruleId))
    .leftJoin(users, eq(users.id, alertSilences.createdBy))
    .where(and(isNull(alertSilences.endedAt), or(isNull(alertSilences.endsAt), gt(alertSilences.endsAt, at))))
    .orderBy(asc(alertSilences.startsAt), asc(alertSilences.id))
    .limit(MAX_SILENCES);
  return rows.map(({ s, ruleName, author }) => ({
    id: s.id,
    ruleId: s.ruleId,
    ruleName,
    recordKey: s.recordKey,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    untilGreen: s.untilGreen,
    comment: s.comment,
    author,
    active: s.startsAt <= at,
  }));
}
