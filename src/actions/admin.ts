import { auditFacets } from '../operations/admin/audit-facets';
import { auditList } from '../operations/admin/audit-list';
import { demoStatus } from '../operations/admin/demo-status';
import { mailboxCreate } from '../operations/admin/mailbox-create';
import { mailboxList } from '../operations/admin/mailbox-list';
import { mailboxRead } from '../operations/admin/mailbox-read';
import { mailboxSetActive } from '../operations/admin/mailbox-set-active';
import { mailboxUpdate } from '../operations/admin/mailbox-update';
import { schedulerTasks } from '../operations/admin/scheduler-tasks';
import { schedulerTokenIssue } from '../operations/admin/scheduler-token-issue';
import { operationAction } from '../server/operation-action';

/** Administration screens' operations for islands (`actions.admin.*`), each defined once on the shared core. */
export const adminActions = {
  /** The demo banner's facts (see `demoStatus`). */
  demo: operationAction(demoStatus),
  /** The mailboxes screen (admin:settings). */
  mailboxes: {
    list: operationAction(mailboxList),
    get: operationAction(mailboxRead),
    create: operationAction(mailboxCreate),
    update: operationAction(mailboxUpdate),
    setActive: operationAction(mailboxSetActive),
  },
  /** The task scheduler screen (admin:settings). */
  scheduler: {
    tasks: operationAction(schedulerTasks),
    issueToken: operationAction(schedulerTokenIssue),
  },
  /** The audit trail screen (admin:audit). */
  audit: {
    list: operationAction(auditList),
    facets: operationAction(auditFacets),
  },
};
