import type { CheckDefinition } from './types';
import { queueAvailabilityCheck } from './queue-availability';
import { operatorReadinessCheck } from './operator-readiness';
import { chatDistributionCheck } from './chat-distribution';
import { mailboxRulesCheck } from './mailbox-rules';
import { surveyValidityCheck } from './survey-validity';
import { followupAutomationCheck } from './followup-automation';
import { documentAvailabilityCheck } from './document-availability';
import { moduleAccessCheck } from './module-access';
import { chatAttachmentsCheck } from './chat-attachments';
import { emailSearchWindowCheck } from './email-search-window';

/**
 * The live checks of the troubleshooting articles (part 2), in catalog order. The registry adds
 * them to its list; `run()` may throw `CheckRefusal` (lib/errors.ts: 403 out of scope, 404 unknown
 * record), and input messages carry both languages (lib/input-message.ts).
 */
export const part2Checks: CheckDefinition[] = [
  queueAvailabilityCheck,
  operatorReadinessCheck,
  chatDistributionCheck,
  mailboxRulesCheck,
  surveyValidityCheck,
  followupAutomationCheck,
  documentAvailabilityCheck,
  moduleAccessCheck,
  chatAttachmentsCheck,
  emailSearchWindowCheck,
];
