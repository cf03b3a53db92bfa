import type { SessionUser } from '@/auth/session';
import { getCheck } from '@/checks/registry';
import { runCheck, type RunRecord } from '@/checks/runner';
import type { Db } from '@/db/client';

/**
 * Tests a mailbox just saved: the live check `mailbox-test` on that mailbox alone, within the
 * check's own time limit, stored in its history (so the list's "latest test" is about the settings
 * just saved) and audited like any run. Null when the caller may not run checks (admin:checks).
 */
export async function testOnSave(c: { db: Db; user: SessionUser; clientAddress: string }, mailboxId: number): Promise<RunRecord | null> {
  const def = getCheck('mailbox-test');
  if (!def || !c.user.permissions.includes(def.permission)) return null;
  return runCheck(def, { db: c.db, user: c.user, input: def.input.parse({ mailboxId }), ip: c.clientAddress });
}
