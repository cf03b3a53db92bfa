import { z } from 'zod';
import { runAllChecks } from '@/health/run-all';
import { defineOperation } from '@/server/operation';

/**
 * The health dashboard's run: every check the caller may run, in parallel, with the one-record
 * checks swept over every queue, mailbox and survey in the caller's reach (the same `runAllChecks`
 * as GET /api/health, which monitors call). Answers the overall status and each check's stored run
 * (both languages) or that it needs a person's choice. Needs admin:health.
 */
export const healthSweep = defineOperation({
  action: 'health.sweep',
  permission: 'admin:health',
  input: z.object({}),
  handler: ({ db, user, clientAddress }) => runAllChecks(db, user, { ip: clientAddress, sweep: true }),
});
