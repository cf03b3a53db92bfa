import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { listRules } from '@/alerts/admin/list-rules';
import { runsAlone, watchableKinds } from '@/alerts/admin/record-target';
import { organizationInfo } from '@/admin/organization-info';
import { registeredChecks } from '@/checks/registry';
import { alertContacts, scheduleGrids } from '@/db/schema';
import { now } from '@/server/clock';
import { defineOperation } from '@/server/operation';

/**
 * Every alert rule with its state chip and its records' states; and, for the rule form, the checks
 * (with the records each can watch), the contacts, the schedule grids and the organization's time
 * zone. Needs admin:alerts.
 */
export const alertRuleList = defineOperation({
  action: 'alert.rule.list',
  permission: 'admin:alerts',
  input: z.object({}),
  handler: async ({ db }) => {
    const [rules, contacts, grids, org] = await Promise.all([
      listRules(db, now()),
      db
        .select({ id: alertContacts.id, name: alertContacts.name, kind: alertContacts.kind, enabled: alertContacts.enabled })
        .from(alertContacts)
        .orderBy(asc(alertContacts.name))
        .limit(500),
      db.select({ id: scheduleGrids.id, name: scheduleGrids.name }).from(scheduleGrids).orderBy(asc(scheduleGrids.name)).limit(500),
      organizationInfo(db),
    ]);
    const checks = registeredChecks.map((c) => ({ id: c.id, title: c.title, own: runsAlone(c), kinds: watchableKinds(c) }));
    return { rules, checks, contacts, grids, timeZone: org.timeZone };
  },
});
