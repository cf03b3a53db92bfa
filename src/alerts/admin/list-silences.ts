import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertRules, alertSilences, alertStates, users } from '@/db/schema';

/** At most this many silences on the screen. */
const MAX_SILENCES = 200;

/** Silences in force or planned at `at` (not ended, not past their end), soonest first, with the rule's and the author's names. */
export async function listSilences(db: Db, at: Date) {
  const rows = await db
    .select({ s: alertSilences, ruleName: alertRules.name, author: users.name, recordLabel: alertStates.recordLabel })
    .from(alertSilences)
    .leftJoin(alertRules, eq(alertRules.id, alertSilences.ruleId))
    .leftJoin(users, eq(users.id, alertSilences.createdBy))
    .leftJoin(alertStates, and(eq(alertStates.ruleId, alertSilences.ruleId), eq(alertStates.recordKey, alertSilences.recordKey)))
    .where(and(isNull(alertSilences.endedAt), or(isNull(alertSilences.endsAt), gt(alertSilences.endsAt, at))))
    .orderBy(asc(alertSilences.startsAt), asc(alertSilences.id))
    .limit(MAX_SILENCES);
  return rows.map(({ s, ruleName, author, recordLabel }) => ({
    id: s.id,
    ruleId: s.ruleId,
    ruleName,
    recordKey: s.recordKey,
    /** What the silenced record is called (null: every record of the rule). */
    recordLabel: s.recordKey === null ? null : (recordLabel ?? s.recordKey),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    untilGreen: s.untilGreen,
    comment: s.comment,
    author,
    active: s.startsAt <= at,
  }));
}
