import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { auditRecords } from '@/db/schema';
import { defineOperation } from '@/server/operation';

/** The actions and outcomes present in the audit trail, for the screen's filter lists. Needs admin:audit. */
export const auditFacets = defineOperation({
  action: 'audit.facets',
  permission: 'admin:audit',
  input: z.object({}),
  handler: async ({ db }) => {
    // Both read an index (action; the outcome set is tiny and read from the same table).
    const [actions, outcomes] = await Promise.all([
      db.selectDistinct({ v: auditRecords.action }).from(auditRecords).orderBy(asc(auditRecords.action)),
      db.selectDistinct({ v: auditRecords.outcome }).from(auditRecords).orderBy(asc(auditRecords.outcome)),
    ]);
    return { actions: actions.map((r) => r.v), outcomes: outcomes.map((r) => r.v) };
  },
});
