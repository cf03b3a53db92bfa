import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { listRules } from '@/alerts/admin/list-rules';
import { runsAlone, watchableKinds } from '@/alerts/admin/record-target';
import { organizationInfo } from '@/admin/organization-info';
import { registeredChecks } from '@/checks/registry';
import { alertContacts, scheduleGrids, scheduledTasks } from '@/db/schema';
import { jobLabel } from '@/i18n/admin-scheduler';
import { now } from '@/server/clock';
import { defineOperation } from '@/server/operation';

/**
 * Every alert rule with its state chip and its records' states; and, for the rule form, the checks
 * (with the records each can watch), the contacts, the schedule grids, the scheduled tasks (a rule
 * may watch one) and the organization's time zone. Needs admin:alerts.
 */
export const alertRuleList = defineOperation({
  action: 'alert.rule.list',
  permission: 'admin:alerts',
  input: z.object({}),
  handler: async ({ db, lang }) => {
    const [rules, contacts, grids, org, tasks] = await Promise.all([
      listRules(db, now()),
      db
        .select({ id: alertContacts.id, name: alertContacts.name, kind: alertContacts.kind, enabled: alertContacts.enabled })
        .from(alertContacts)
        .orderBy(asc(alertContacts.name))
        .limit(500),
      db.select({ id: scheduleGrids.id, name: scheduleGrids.name }).from(scheduleGrids).orderBy(asc(scheduleGrids.name)).limit(500),
      organizationInfo(db),
      db.select({ id: scheduledTasks.id, name: scheduledTasks.name }).from(scheduledTasks).orderBy(asc(scheduledTasks.name)).limit(500),
    ]);
    const checks = registeredChecks.map((c) => ({ id: c.id, title: c.title, own: runsAlone(c), kinds: watchableKinds(c) }));
    // The scheduler's tasks, for a rule on one task (scheduler-status), named as the scheduler screen names them.
    const taskOptions = tasks.map((t) => ({ id: t.id, label: jobLabel(lang, t.name) }));
    return { rules, checks, contacts, grids, tasks: taskOptions, timeZone: org.timeZone };
  },
});
