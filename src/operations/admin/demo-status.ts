import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { mailboxes } from '@/db/schema';
import { defineOperation } from '@/server/operation';
import { organizationInfo } from '@/admin/organization-info';

/**
 * Whether the demo organization is in place, and its example mailboxes still waiting to be pointed
 * at a real server (the health dashboard's banner). Needs admin:health.
 */
export const demoStatus = defineOperation({
  action: 'demo.status',
  permission: 'admin:health',
  input: z.object({}),
  handler: async ({ db }) => {
    const { demo } = await organizationInfo(db);
    const examples = await db
      .select({ id: mailboxes.id, name: mailboxes.name, address: mailboxes.address, active: mailboxes.active })
      .from(mailboxes)
      .where(eq(mailboxes.example, true))
      .orderBy(asc(mailboxes.name));
    return { demo, examples };
  },
});
