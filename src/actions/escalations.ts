import { escalationCreate } from '../operations/escalations/escalation-create';
import { escalationList } from '../operations/escalations/escalation-list';
import { escalationOwnRuns } from '../operations/escalations/escalation-own-runs';
import { escalationNote } from '../operations/escalations/escalation-note';
import { escalationRead } from '../operations/escalations/escalation-read';
import { escalationRerun } from '../operations/escalations/escalation-rerun';
import { escalationStatus } from '../operations/escalations/escalation-status';
import { operationAction } from '../server/operation-action';

/** Escalation records for islands (`actions.escalations.*`), each defined once on the shared core. */
export const escalationsActions = {
  create: operationAction(escalationCreate),
  list: operationAction(escalationList),
  get: operationAction(escalationRead),
  note: operationAction(escalationNote),
  /** The caller's own recent runs of an article's checks (the form's list). */
  ownRuns: operationAction(escalationOwnRuns),
  rerun: operationAction(escalationRerun),
  status: operationAction(escalationStatus),
};
