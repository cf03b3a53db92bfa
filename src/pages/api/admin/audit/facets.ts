import { asc } from 'drizzle-orm';
import { auditRecords } from '../../../../db/schema';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** GET /api/admin/audit/facets (admin:audit): the actions and outcomes present, for the filter lists. */
export const GET = defineEndpoint({
  action: 'audit.facets',
  permission: 'admin:audit',
  handler: async ({ db }) => {
    // Both read an index (action; the outcome set is tiny and read from the same table).
    const [actions, outcomes] = await Promise.all([
      db.selectDistinct({ v: auditRecords.action }).from(auditRecords).orderBy(asc(auditRecords.action)),
      db.selectDistinct({ v: auditRecords.outcome }).from(auditRecords).orderBy(asc(auditRecords.outcome)),
    ]);
    return { actions: actions.map((r) => r.v), outcomes: outcomes.map((r) => r.v) };
  },
});
