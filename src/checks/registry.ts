import type { Permission } from '../auth/permissions';
import type { CheckId } from './catalog';
import type { CheckDefinition } from './types';
// One import a check: `src/checks/definitions/<id>.ts` exports `<camelCaseId>Check`. Add it to the list below.
import { mailboxTestCheck } from './definitions/mailbox-test';
import { schedulerStatusCheck } from './definitions/scheduler-status';
import { licenseCountCheck } from './definitions/license-count';
import { part2Checks } from './part2';

/** Every live check this installation serves, in the order the dashboard shows them. */
export const registeredChecks: CheckDefinition[] = [mailboxTestCheck, schedulerStatusCheck, licenseCountCheck, ...part2Checks] as CheckDefinition[];

const byId = new Map<string, CheckDefinition>(registeredChecks.map((c) => [c.id, c]));

/** The check with this id, or undefined when none is registered under it. */
export function getCheck(id: string): CheckDefinition | undefined {
  return byId.get(id);
}

/** Whether a check with this id is registered (articles may list ids that arrive later). */
export function isRegistered(id: string): id is CheckId {
  return byId.has(id);
}

/** The checks a holder of these permissions may run. */
export function checksFor(permissions: readonly Permission[]): CheckDefinition[] {
  return registeredChecks.filter((c) => permissions.includes(c.permission));
}
