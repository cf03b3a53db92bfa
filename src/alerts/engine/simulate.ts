// PLACEHOLDER (alerts-screens branch): the engine branch owns this file and replaces it at merge.
// Only the signature is used here; the body refuses so nothing pretends to work.
import type { Db } from '@/db/client';
import type { AlertRule } from '@/db/schema';

/** A rule as the simulation takes it: saved (with its id) or not yet. */
export type SimulationRule = Pick<AlertRule, 'checkId' | 'record' | 'contactId'> & Partial<AlertRule>;

/** Replays the rule over its check's last stored runs and returns what would have been sent. Provided by the engine. */
export async function simulateRule(_db: Db, _rule: SimulationRule, _now: Date): Promise<unknown> {
  throw new Error('not merged yet: simulateRule comes from the alerts engine branch');
}
