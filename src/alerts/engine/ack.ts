// PLACEHOLDER (alerts-screens branch): the engine branch owns this file and replaces it at merge.
// Only the signature is used here; the body refuses so nothing pretends to work.
import type { SessionUser } from '@/auth/session';
import type { Db } from '@/db/client';

/** Acknowledges the alert state `stateId` as `user` (stops repeats and escalation). Provided by the engine. */
export async function ackState(
  _db: Db,
  _stateId: number,
  _user: SessionUser,
): Promise<{ acked: true; eventId: number } | { acked: false; reason: 'not-found' | 'not-firing' | 'already-acked' }> {
  throw new Error('not merged yet: ackState comes from the alerts engine branch');
}
