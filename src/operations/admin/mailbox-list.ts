import { z } from 'zod';
import { listMailboxes } from '@/admin/mailboxes/list-mailboxes';
import { organizationInfo } from '@/admin/organization-info';
import { defineOperation } from '@/server/operation';

/**
 * Every mailbox without its passwords, with its latest test; `timeZone` is the organization's, for
 * showing times. Needs admin:settings.
 */
export const mailboxList = defineOperation({
  action: 'mailbox.list',
  permission: 'admin:settings',
  input: z.object({}),
  handler: async ({ db }) => ({ mailboxes: await listMailboxes(db), timeZone: (await organizationInfo(db)).timeZone }),
});
