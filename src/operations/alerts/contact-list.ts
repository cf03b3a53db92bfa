import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { publicContact } from '@/alerts/admin/public-contact';
import { organizationInfo } from '@/admin/organization-info';
import { alertContacts, mailboxes } from '@/db/schema';
import { defineOperation } from '@/server/operation';

/**
 * Every alert contact with its target's hint only (never the target or the signing secret), the
 * mailboxes an e-mail contact may send through, and the organization's time zone. Needs admin:alerts.
 */
export const alertContactList = defineOperation({
  action: 'alert.contact.list',
  permission: 'admin:alerts',
  input: z.object({}),
  handler: async ({ db }) => {
    const [rows, boxes, org] = await Promise.all([
      db.select().from(alertContacts).orderBy(asc(alertContacts.name), asc(alertContacts.id)).limit(500),
      db.select({ id: mailboxes.id, name: mailboxes.name }).from(mailboxes).orderBy(asc(mailboxes.name)).limit(500),
      organizationInfo(db),
    ]);
    return { contacts: rows.map(publicContact), mailboxes: boxes, timeZone: org.timeZone, demo: org.demo };
  },
});
