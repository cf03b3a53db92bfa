import { and, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { alertSilences, type AlertSilence } from '@/db/schema';
import type { Db } from '@/db/client';

/** SQL: the silence is in force at `at` (started, not past its end, not ended by hand or by turning green). */
export function silenceInForce(at: Date): SQL {
  return and(lte(alertSilences.startsAt, at), or(isNull(alertSilences.endsAt), gt(alertSilences.endsAt, at)), isNull(alertSilences.endedAt))!;
}

/** Every silence in force at `at`. */
export async function activeSilences(db: Db, at: Date): Promise<AlertSilence[]> {
  return db.select().from(alertSilences).where(silenceInForce(at));
}

/** Whether `silences` quiet `ruleId` (and `recordKey` when given). */
export function isSilenced(silences: readonly AlertSilence[], ruleId: number, recordKey?: string): boolean {
  return silences.some((s) => (s.ruleId === null || s.ruleId === ruleId) && (s.recordKey === null || recordKey === undefined || s.recordKey === recordKey));
}
