import type { CheckDefinition } from './types';
import { queueAvailabilityCheck } from './definitions/queue-availability';
import { operatorReadinessCheck } from './definitions/operator-readiness';
import { chatDistributionCheck } from './definitions/chat-distribution';
import { mailboxRulesCheck } from './definitions/mailbox-rules';
import { surveyValidityCheck } from './definitions/survey-validity';
import { followupAutomationCheck } from './definitions/followup-automation';
import { documentAvailabilityCheck } from './definitions/document-availability';
import { moduleAccessCheck } from './definitions/module-access';
import { chatAttachmentsCheck } from './definitions/chat-attachments';
import { emailSearchWindowCheck } from './definitions/email-search-window';

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
