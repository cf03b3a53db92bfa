import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getCheck } from '@/checks/registry';
import type { Db } from '@/db/client';
import { alertContacts, alertRules, alertStates, users, type AlertRecordSelector } from '@/db/schema';
import type { Localized } from '@/i18n/localized';
import { activeSilences, isSilenced } from './active-silences';

/** What a rule's row shows: the worst state of its records, or `silenced` while a silence covers a red one. */
export type RuleChip = 'normal' | 'pending' | 'firing' | 'flapping' | 'silenced';
const rank: Record<string, number> = { normal: 0, pending: 1, firing: 3, flapping: 2 };

/** At most this many rules on the screen (an installation has tens). */
const MAX_RULES = 500;

export interface RuleRow {
  id: number;
  name: string;
  checkId: string;
  checkTitle: Localized | null;
  record: AlertRecordSelector;
  minStatus: 'warn' | 'fail';
  pendingRuns: number;
  recoverRuns: number;
  repeatMinutes: number | null;
  maxRepeats: number;
  contactId: number;
  contactName: string;
  escalateContactId: number | null;
  escalateAfterMinutes: number | null;
  gridId: number | null;
  onError: 'bad' | 'keep';
  enabled: boolean;
  chip: RuleChip;
  states: {
    id: number;
    recordKey: string;
    recordLabel: string | null;
    state: 'normal' | 'pending' | 'firing' | 'flapping';
    since: Date;
    ackedAt: Date | null;
    ackedBy: string | null;
    silenced: boolean;
  }[];
}

/** Every rule with its contact, its states (red ones first) and the chip the list shows, at `now`. */
export async function listRules(db: Db, now: Date): Promise<RuleRow[]> {
  const contact = alias(alertContacts, 'contact');
  const rules = await db
    .select({ r: alertRules, contactName: contact.name })
    .from(alertRules)
    .innerJoin(contact, eq(contact.id, alertRules.contactId))
    .orderBy(asc(alertRules.name), asc(alertRules.id))
    .limit(MAX_RULES);
  const ids = rules.map((r) => r.r.id);
  const states = ids.length
    ? await db
        .select({ s: alertStates, ackedBy: users.name })
        .from(alertStates)
        .leftJoin(users, eq(users.id, alertStates.ackedBy))
        .where(inArray(alertStates.ruleId, ids))
        .orderBy(asc(alertStates.recordKey))
    : [];
  const silences = await activeSilences(db, now);
  return rules.map(({ r, contactName }) => {
    const mine = states
      .filter((s) => s.s.ruleId === r.id)
      .map(({ s, ackedBy }) => ({
        id: s.id,
        recordKey: s.recordKey,
        recordLabel: s.recordLabel,
        state: s.state,
        since: s.since,
        ackedAt: s.ackedAt,
        ackedBy,
        silenced: isSilenced(silences, r.id, s.recordKey),
      }))
      .sort((a, b) => rank[b.state]! - rank[a.state]!);
    const worst = mine[0]?.state ?? 'normal';
    const red = mine.filter((s) => s.state !== 'normal');
    const chip: RuleChip = (red.length ? red.every((s) => s.silenced) : isSilenced(silences, r.id)) ? 'silenced' : worst;
    return {
      id: r.id,
      name: r.name,
      checkId: r.checkId,
      checkTitle: getCheck(r.checkId)?.title ?? null,
      record: r.record,
      minStatus: r.minStatus,
      pendingRuns: r.pendingRuns,
      recoverRuns: r.recoverRuns,
      repeatMinutes: r.repeatMinutes,
      maxRepeats: r.maxRepeats,
      contactId: r.contactId,
      contactName,
      escalateContactId: r.escalateContactId,
      escalateAfterMinutes: r.escalateAfterMinutes,
      gridId: r.gridId,
      onError: r.onError,
      enabled: r.enabled,
      chip,
      states: mine,
    };
  });
}
