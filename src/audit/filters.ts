import { z } from 'zod';
import { inputMessage } from '../server/input-message';
import { inputStrings } from '../i18n/input-messages';
import { isoDay, pageSize, queryFlag, text } from '../server/input';

/** The audit screen's filters, shared by the list and the CSV export; every field bounded. */
export const auditFilterFields = z.object({
  /** Part of the actor's e-mail, any case. Default: everyone. */
  actor: text(320).trim().optional(),
  /** Exact action, e.g. `mailbox.update`. Default: every action. */
  action: text(120).trim().optional(),
  /** Exact outcome, e.g. `ok`, `denied`, `refused`. Default: every outcome. */
  outcome: text(40).trim().optional(),
  /** First day (inclusive), in the organization's time zone. Default: no lower bound. */
  from: isoDay().optional(),
  /** Last day (inclusive), in the organization's time zone. Default: no upper bound. */
  to: isoDay().optional(),
  /**
   * Also list check runs (`check.run`). Default false: the trail shows changes and actions; each
   * run stays in its check's history (and counts in /metrics). Filtering by that action shows them.
   */
  checks: z.union([z.boolean(), queryFlag()]).optional(),
});

export type AuditFilters = z.infer<typeof auditFilterFields>;

const rangeForward = (f: AuditFilters) => !f.from || !f.to || f.from <= f.to;
const backwards = { message: inputMessage(inputStrings.l('range.startAfterEnd')), path: ['to'] };

/** The CSV export's query: the filters, with a range that does not run backwards. */
export const auditExportQuery = auditFilterFields.refine(rangeForward, backwards);

/** The list's query: the filters and a keyset page. */
export const auditListQuery = auditFilterFields
  .extend({
    /** The previous page's last id. Default: the newest record. */
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    /** Page size, 1–200. Default 50. */
    limit: pageSize(200, 50),
  })
  .refine(rangeForward, backwards);
