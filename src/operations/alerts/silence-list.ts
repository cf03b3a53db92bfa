import { z } from 'zod';
import { listSilences } from '@/alerts/admin/list-silences';
import { organizationInfo } from '@/admin/organization-info';
import { now } from '@/server/clock';
import { defineOperation } from '@/server/operation';

/** Silences in force and planned windows, with author and comment, and the organization's time zone. Needs admin:alerts. */
export const alertSilenceList = defineOperation({
  action: 'alert.silence.list',
  permission: 'admin:alerts',
  input: z.object({}),
  handler: async ({ db }) => ({ silences: await listSilences(db, now()), timeZone: (await organizationInfo(db)).timeZone }),
});
