import type { AlertRecordSelector } from '@/db/schema';
import { getCheck } from '@/checks/registry';
import { sweepField } from '@/health/swept-records';
import type { SessionUser } from '@/auth/session';
import { monitorUser } from '@/health/caller';

/** The record kinds a rule may name. */
export type AlertRecordKind = Extract<AlertRecordSelector, { mode: 'one' }>['kind'];

/**
 * What a rule on a check may watch: `own` (a check that takes no input: its whole result), and the
 * record kinds it may name one of, or watch every one of. A check swept per record (a queue, a
 * mailbox, a survey) watches those; a check without input that reports per record (the scheduler's
 * tasks, the mailboxes of the mailbox test) watches the records its findings name.
 */
export interface AlertTargets {
  own: boolean;
  kinds: AlertRecordKind[];
  /** `sweep`: one run per record; `findings`: one run, records read from its findings. */
  by: 'sweep' | 'findings' | 'none';
}

/** Checks without input whose findings name records a rule may watch one by one. */
const findingKinds: Record<string, AlertRecordKind[]> = {
  'scheduler-status': ['task'],
  'mailbox-test': ['mailbox'],
};

/** What a rule on `checkId` may watch; undefined for an unknown check. Operations validate rules with it. */
export function alertTargets(checkId: string): AlertTargets | undefined {
  const def = getCheck(checkId);
  if (!def) return undefined;
  const field = sweepField(def);
  if (field) return { own: false, kinds: [field.kind as AlertRecordKind], by: 'sweep' };
  if (!def.input.safeParse({}).success) return { own: false, kinds: [], by: 'none' };
  const kinds = findingKinds[checkId] ?? [];
  return { own: true, kinds, by: kinds.length ? 'findings' : 'none' };
}

/** Whether a selector is one a rule on `checkId` may have. */
export function selectorAllowed(checkId: string, selector: AlertRecordSelector): boolean {
  const t = alertTargets(checkId);
  if (!t) return false;
  if (selector.mode === 'own') return t.own;
  if (selector.mode === 'every') return t.kinds.length > 0;
  return t.kinds.includes(selector.kind);
}

/** A state's record key: `own`, or `<kind>:<id>`. */
export const recordKeyOf = (kind: string, id: number | string) => `${kind}:${id}`;

/** A finding's record kind as a rule names it: the scheduler's tasks and pg-boss schedules are `task`. */
export const ruleKindOfFinding = (kind: string) => (kind === 'scheduled-task' || kind === 'pg-boss-schedule' ? 'task' : kind);

/**
 * Who the sweep runs checks as: the monitor's identity (no user row, runs stored with run_by
 * null) with every service in reach, so every queue and mailbox is swept.
 */
export const alertSystemUser: SessionUser = {
  ...monitorUser,
  email: 'alerts (system)',
  name: 'Alerts',
  permissions: [...monitorUser.permissions, 'admin:all-services'],
};
