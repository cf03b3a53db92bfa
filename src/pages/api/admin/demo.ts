import { asc, eq } from 'drizzle-orm';
import { organizationInfo } from '../../../admin/organization-info';
import { mailboxes } from '../../../db/schema';
import { defineEndpoint } from '../../../server/endpoint';

export const prerender = false;

/**
 * GET /api/admin/demo (admin:health): whether the demo organization is in place, and its example
 * mailboxes still waiting to be pointed at a real server (the dashboard's banner).
 */
export const GET = defineEndpoint({
  action: 'demo.status',
  permission: 'admin:health',
  handler: async ({ db }) => {
    const { demo } = await organizationInfo(db);
    const examples = await db.select({ id: mailboxes.id, name: mailboxes.name, address: mailboxes.address, active: mailboxes.active }).from(mailboxes).where(eq(mailboxes.example, true)).orderBy(asc(mailboxes.name));
    return { demo, examples };
  },
});
