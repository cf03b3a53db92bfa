import { eq } from 'drizzle-orm';
import type { Scope } from '@/auth/scope';
import { getCheck } from '@/checks/registry';
import type { Db } from '@/db/client';
import { alertContacts, scheduleGrids, type AlertRecordSelector } from '@/db/schema';
import { alertInputStrings } from '@/i18n/admin-alerts';
import type { Localized } from '@/i18n/localized';
import { recordProblem } from './record-target';

/** The fields of a rule whose meaning depends on the database and the check catalog. */
export interface RuleRefs {
  checkId: string;
  record: AlertRecordSelector;
  contactId: number;
  escalateContactId?: number | null;
  escalateAfterMinutes?: number | null;
  gridId?: number | null;
}

const contactExists = async (db: Db, id: number) => (await db.select({ id: alertContacts.id }).from(alertContacts).where(eq(alertContacts.id, id))).length > 0;

/**
 * Per-field problems of a rule (empty when it can be saved): an unknown check, a record the check
 * cannot watch or the caller may not see, a missing contact or grid, an escalation half given.
 */
export async function ruleProblems(db: Db, scope: Scope, r: RuleRefs): Promise<{ fields: Record<string, Localized>; recordLabel: string | null }> {
  const fields: Record<string, Localized> = {};
  let recordLabel: string | null = null;
  const def = getCheck(r.checkId);
  if (!def) fields.checkId = alertInputStrings.l('unknownCheck');
  else {
    const rec = await recordProblem(db, scope, def, r.record);
    if ('problem' in rec) fields.record = rec.problem;
    else recordLabel = rec.label;
  }
  if (!(await contactExists(db, r.contactId))) fields.contactId = alertInputStrings.l('noContact');
  if (r.escalateContactId != null && !(await contactExists(db, r.escalateContactId))) fields.escalateContactId = alertInputStrings.l('noContact');
  if (r.escalateContactId != null && r.escalateAfterMinutes == null) fields.escalateAfterMinutes = alertInputStrings.l('escalateNeedsMinutes');
  if (r.escalateContactId == null && r.escalateAfterMinutes != null) fields.escalateContactId = alertInputStrings.l('escalateNeedsContact');
  if (r.gridId != null && !(await db.select({ id: scheduleGrids.id }).from(scheduleGrids).where(eq(scheduleGrids.id, r.gridId))).length) {
    fields.gridId = alertInputStrings.l('noGrid');
  }
  return { fields, recordLabel };
}
