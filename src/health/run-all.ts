import type { Db } from '../db/client';
import type { SessionUser } from '../auth/session';
import { runCheck, type RunRecord } from '../checks/runner';
import { checksFor, registeredChecks } from '../checks/registry';
import type { CheckStatus } from '../checks/types';

export type HealthEntry = RunRecord | { checkId: string; skipped: true };

export interface HealthReport {
  status: CheckStatus;
  checks: HealthEntry[];
}

/**
 * Runs in parallel every registered check the caller may run (all of them for the monitor) that
 * needs no input; a check whose input has required fields is listed as skipped.
 */
export async function runAllChecks(db: Db, user: SessionUser, opts: { ip?: string; all?: boolean } = {}): Promise<HealthReport> {
  const defs = opts.all ? registeredChecks : checksFor(user.permissions);
  const checks = await Promise.all(
    defs.map(async (def): Promise<HealthEntry> => {
      const input = def.input.safeParse({});
      if (!input.success) return { checkId: def.id, skipped: true };
      return runCheck(def, { db, user, input: input.data, ip: opts.ip });
    }),
  );
  const statuses = checks.flatMap((c) => ('status' in c ? [c.status] : []));
  const status: CheckStatus = statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'ok';
  return { status, checks };
}
